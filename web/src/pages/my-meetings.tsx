import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, asProblem, bearer, noAnswer, type EventView, type Problem, type Schemas } from '../api/client';
import { TextArea } from '../components/fields';
import { Layout, Loading, Notice, UnavailableNotice } from '../components/layout';
import { LinkProblem } from '../failures/link-problem';
import { lostLinkHref } from '../failures/lost-link-href';
import { SessionMissing } from '../failures/session-missing';
import { useEvent } from '../components/use-event';
import { SlotChoice } from '../components/slot-choice';
import { MoveMeeting } from '../components/move-meeting';
import { focusAfterRender } from '../components/focus';
import { problemText, serverOrNetworkFailed } from '../failures/problem-text';
import { useI18n, type I18n, type Wording } from '../i18n/index';
import type { Session } from '../session/token';
import { useRegistrationSession } from '../session/use-session';
import { afterRefusedRead } from '../session/refused-session';

type Request = Schemas['MyMeetingRequests']['meetingRequests'][number];
type Action = 'accept' | 'decline' | 'cancel' | 'reschedule';

const noticeId = 'meetings-notice';

/** The "My meetings" page (`/{lang}/registrations/{id}/meetings`), signed in like the manage page. */
export function MeetingsPage({ registrationId }: { registrationId: string }) {
  const { t, language } = useI18n();
  const session = useRegistrationSession(registrationId);
  const [eventId, setEventId] = useState<string>();
  const [failed, setFailed] = useState<Problem>();
  const { event } = useEvent(eventId);
  useEffect(() => {
    if (!session) return;
    api.GET('/registrations/{registrationId}', { params: { path: { registrationId } }, headers: bearer(session.token) }).then(
      ({ data, error, response }) => (data ? setEventId(data.eventId) : setFailed(afterRefusedRead(asProblem(error, response.status)))),
      () => setFailed(asProblem(undefined, 0)),
    );
  }, [session]);
  const page = (body: ComponentChildren) => <Layout title={t('nav.meetings')} eventId={eventId}>{body}</Layout>;
  const lostLink = lostLinkHref(language);
  if (!session) return page(<SessionMissing lostLink={lostLink} />);
  if (failed) return page(<LinkProblem problem={failed} page="manage" lostLink={lostLink} />);
  if (!event) return page(<Loading />);
  return page(<MyMeetings session={session} event={event} />);
}

/**
 * "My meetings": the requests still open (incoming and outgoing pending ones, accepted ones waiting
 * for the organisers), from GET /registrations/{id}/meeting-requests. Confirmed meetings are in the
 * manage page's agenda, with their own cancel and reschedule.
 */
function MyMeetings({ session, event }: { session: Session; event: EventView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [requests, setRequests] = useState<Request[]>();
  const [loadFailure, setLoadFailure] = useState<Problem>();
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: Wording }>();

  // A list that could not be read says so: shown empty, it would tell a person with meetings they have none.
  const load = async () => {
    const read = await api.GET('/registrations/{registrationId}/meeting-requests', { params: { path: { registrationId: session.registrationId } }, headers: bearer(session.token) }).catch(() => undefined);
    if (read?.data) setRequests(read.data.meetingRequests);
    setLoadFailure(read?.data ? undefined : asProblem(read?.error, read?.response.status ?? 0));
  };
  useEffect(() => {
    load();
  }, [session.registrationId]);
  if (!requests) {
    if (!loadFailure) return <Loading />;
    return serverOrNetworkFailed(loadFailure) ? <UnavailableNotice onRetry={load} /> : <LinkProblem problem={loadFailure} page="manage" />;
  }

  const whenIn = (words: I18n, slotId: string) => {
    const slot = event.meetingSlots.find((candidate) => candidate.id === slotId);
    return slot ? words.format(event.timeZone).timeRange(slot) : slotId;
  };
  const when = (slotId: string) => whenIn(i18n, slotId);
  const act = async (request: Request, action: Action, body?: { slotId?: string; reason?: string }) => {
    const params = { params: { path: { meetingRequestId: request.meetingRequestId } }, headers: bearer(session.token) };
    // No answer (offline) is said like a refusal: it threw before, and the button did nothing on screen.
    const result = await (
      action === 'accept' ? api.POST('/meeting-requests/{meetingRequestId}/accept', { ...params, body: body ?? {} })
      : action === 'decline' ? api.POST('/meeting-requests/{meetingRequestId}/decline', { ...params, body: body ?? {} })
      : action === 'reschedule' ? api.POST('/meeting-requests/{meetingRequestId}/reschedule', { ...params, body: { slotId: body?.slotId ?? '' } })
      : api.POST('/meeting-requests/{meetingRequestId}/cancel', params)
    ).catch(() => noAnswer);
    if (result.data) {
      const { status, slotId, table } = result.data;
      setNotice({ kind: 'success', text: (words) => (action === 'reschedule' ? words.t('meetings.moved') : status === 'confirmed' ? words.t('answer.status.confirmed', { time: whenIn(words, slotId ?? ''), table: table ?? 0 }) : words.t(`answer.status.${status}`)) });
    } else setNotice({ kind: 'error', text: (words) => problemText(words, asProblem(result.error, result.response.status)) });
    await load();
    // The card whose button was pressed is gone (or moved to another list): focus goes to what
    // happened, not back to the top of the page. A move keeps focus on its own button (ConfirmedMeeting),
    // unless refused: the meeting may be gone meanwhile (cancelled by the other side), its card with it.
    focusAfterRender(action === 'reschedule' && result.data ? `move-${request.meetingRequestId}-find` : noticeId);
    return result.data !== undefined;
  };

  const incoming = requests.filter((request) => request.role === 'recipient' && request.status === 'pending');
  const outgoing = requests.filter((request) => request.role === 'requester' && request.status === 'pending');
  const toPlace = requests.filter((request) => request.status === 'accepted');
  // Confirmed meetings in time order, like an agenda; requests stay newest first.
  const startOf = (request: Request) => event.meetingSlots.find((slot) => slot.id === request.slotId)?.start ?? '';
  const confirmed = requests.filter((request) => request.status === 'confirmed').sort((a, b) => startOf(a).localeCompare(startOf(b)));
  const group = (id: string, heading: string, list: Request[], render: (request: Request) => ComponentChildren) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {list.length === 0 ? <p class="muted">{t('myMeetings.none')}</p> : <ul class="agenda">{list.map((request) => <li key={request.meetingRequestId} class="card">{render(request)}</li>)}</ul>}
    </section>
  );

  return (
    <>
      {notice ? <Notice kind={notice.kind} id={noticeId}><p>{notice.text(i18n)}</p></Notice> : null}
{/* Only an explicit false means the organisers place meetings: a view cached before the field keeps the times offered. */}
      {group('incoming', t('myMeetings.incoming'), incoming, (request) => <IncomingRequest request={request} when={when} organisersPlace={event.participantsPickSlots === false} onAct={(action, body) => act(request, action, body)} />)}
      {group('outgoing', t('myMeetings.outgoing'), outgoing, (request) => (
        <>
          <Counterpart request={request} />
          <p>{t('myMeetings.proposed', { slots: i18n.list(request.proposedSlotIds.map(when)) })}</p>
          <div class="actions"><button type="button" class="button button--danger-outline" onClick={() => act(request, 'cancel')}>{t('myMeetings.withdraw')}</button></div>
        </>
      ))}
      {group('confirmed', t('myMeetings.confirmed'), confirmed, (request) => (
        <ConfirmedMeeting session={session} request={request} when={when} organisersPlace={event.participantsPickSlots === false} onAct={(action, body) => act(request, action, body)} />
      ))}
      {toPlace.length > 0 ? group('to-place', t('myMeetings.toPlace'), toPlace, (request) => (
        <>
          <Counterpart request={request} />
          <p>{t('answer.status.accepted')}</p>
          <div class="actions"><button type="button" class="button button--danger-outline" onClick={() => act(request, 'cancel')}>{t('meetings.cancel')}</button></div>
        </>
      )) : null}
    </>
  );
}

function Counterpart({ request }: { request: Request }) {
  const i18n = useI18n();
  const other = request.counterpart;
  if (!other) return <p class="muted">{i18n.t('myMeetings.someone')}</p>;
  return <p class="card__title">{i18n.tx('manage.meetingWith', { name: `${other.firstName} ${other.lastName}`, organisation: other.organisation })}</p>;
}

interface IncomingProps {
  request: Request;
  when: (slotId: string) => string;
  /** The organisers place this event's meetings: accepted without a slot. */
  organisersPlace: boolean;
  onAct: (action: 'accept' | 'decline', body: { slotId?: string; reason?: string }) => Promise<unknown>;
}

/** An incoming request: the message, accept in a proposed slot or leave it to the organisers, or decline with a reason. */
function IncomingRequest({ request, when, organisersPlace, onAct }: IncomingProps) {
  const { t } = useI18n();
  const [choice, setChoice] = useState(organisersPlace ? 'later' : (request.proposedSlotIds[0] ?? 'later'));
  const [reason, setReason] = useState('');
  const prefix = `answer-${request.meetingRequestId}`;
  return (
    <form onSubmit={(e) => { e.preventDefault(); onAct('accept', choice === 'later' ? {} : { slotId: choice }); }}>
      <Counterpart request={request} />
      {request.message ? <p class="message" dir="auto">{request.message}</p> : null}
      <SlotChoice idPrefix={prefix} proposedSlotIds={request.proposedSlotIds} choice={choice} onChoice={setChoice} when={when} organisersPlace={organisersPlace} />
      <div class="actions"><button type="submit" class="button button--primary">{t('answer.accept')}</button></div>
      <TextArea id={`${prefix}-reason`} label={t('answer.reason')} value={reason} maxLength={500} onValue={setReason} />
      <div class="actions"><button type="button" class="button button--danger" onClick={() => onAct('decline', reason.trim() ? { reason } : {})}>{t('answer.decline')}</button></div>
    </form>
  );
}

interface ConfirmedProps {
  session: Session;
  request: Request;
  when: (slotId: string) => string;
  /** The organisers place this event's meetings: no one moves one (the API refuses it). */
  organisersPlace: boolean;
  /** True when the API did it. */
  onAct: (action: 'cancel' | 'reschedule', body?: { slotId: string }) => Promise<boolean>;
}

/** A confirmed meeting: cancel, or move it to a slot free for both (unless the organisers place this event's meetings). */
function ConfirmedMeeting({ session, request, when, organisersPlace, onAct }: ConfirmedProps) {
  const { t } = useI18n();
  const cancel = <button type="button" class="button button--danger" onClick={() => onAct('cancel')}>{t('meetings.cancel')}</button>;
  return (
    <>
      <Counterpart request={request} />
      <p>{when(request.slotId ?? '')}{request.table ? <> · {t('manage.table', { table: request.table })}</> : null}</p>
      {organisersPlace ? <div class="actions">{cancel}</div> : (
        <MoveMeeting session={session} idPrefix={`move-${request.meetingRequestId}`} counterpartId={request.counterpart?.registrationId} when={when}
          onMove={(slotId) => onAct('reschedule', { slotId })}>{cancel}</MoveMeeting>
      )}
    </>
  );
}
