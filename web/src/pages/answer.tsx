import { useEffect, useState } from 'preact/hooks';
import { api, asProblem, bearer, noAnswer, type Problem, type Schemas } from '../api/client';
import { focusAfterRender } from '../components/focus';
import { TextArea } from '../components/fields';
import { Layout, Loading, Notice } from '../components/layout';
import { LinkProblem, missingToken } from '../failures/link-problem';
import { problemText } from '../failures/problem-text';
import { RequesterFacts } from '../components/requester-facts';
import { SlotChoice } from '../components/slot-choice';
import { useEvent } from '../components/use-event';
import { useI18n } from '../i18n/index';
import { pageToken } from '../session/token';

/**
 * The page behind a meeting request email's answer link: who asks and their message, the proposed slots, accept in one of
 * them or "the organisers will place it", or decline with a reason. The link's answer token
 * (docs/auth.md: that one request, nothing else) arrives in the fragment and goes as Bearer to the
 * invitation routes.
 */
/** What the page shows of the request: the invitation, then the state an answer leaves it in. */
interface AnswerView {
  eventId: string;
  status: 'pending' | 'accepted' | 'confirmed' | 'declined' | 'cancelled' | 'expired';
  proposedSlotIds: string[];
  slotId?: string;
  table?: number;
  /** A cancelled request: withdrawn before it was answered (true) or a meeting cancelled after acceptance (false); unknown for old records. */
  withdrawn?: boolean;
  invitation: Pick<Schemas['MeetingInvitation'], 'requester' | 'message'>;
}

export function AnswerPage({ meetingRequestId }: { meetingRequestId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [token] = useState(pageToken);
  const [meeting, setMeeting] = useState<AnswerView>();
  const [failure, setFailure] = useState<Problem>();
  const [choice, setChoice] = useState<string>('');
  const [reason, setReason] = useState('');
  // The organisers place this event's meetings: Accept leaves the time to them (a slot would be refused).
  const [organisersPlace, setOrganisersPlace] = useState(false);
  const { event } = useEvent(meeting?.eventId);

  useEffect(() => {
    if (!token) return;
    api.GET('/meeting-requests/{meetingRequestId}/invitation', { params: { path: { meetingRequestId } }, headers: bearer(token) }).then(({ data, error, response }) => {
      if (data) {
        const proposedSlotIds = data.proposedSlots.map((slot) => slot.slotId);
        setMeeting({ eventId: data.eventId, status: data.status, proposedSlotIds, invitation: { requester: data.requester, message: data.message }, ...(data.slotId ? { slotId: data.slotId } : {}), ...(data.table ? { table: data.table } : {}), ...(data.withdrawn === undefined ? {} : { withdrawn: data.withdrawn }) });
        setChoice(data.participantsPickSlots ? (proposedSlotIds[0] ?? 'later') : 'later');
        setOrganisersPlace(!data.participantsPickSlots);
      } else setFailure(asProblem(error, response.status));
    }, () => setFailure(asProblem(undefined, 0)));
  }, [token]);

  if (!token) return <Layout title={t('answer.title')}><LinkProblem problem={missingToken} page="answer" /></Layout>;
  if (failure && !meeting) return <Layout title={t('answer.title')}><LinkProblem problem={failure} page="answer" /></Layout>;
  if (!meeting || !event) return <Layout title={t('answer.title')}><Loading /></Layout>;
  const format = i18n.format(event.timeZone);
  const slot = (id: string | undefined) => event.meetingSlots.find((candidate) => candidate.id === id);
  const when = (id: string | undefined) => {
    const found = slot(id);
    return found ? format.timeRange(found) : (id ?? '');
  };

  const answer = async (action: 'accept' | 'decline') => {
    const body =
      action === 'decline'
        ? { action: 'decline' as const, ...(reason.trim() ? { reason } : {}) }
        : choice === 'later'
          ? { action: 'accept-later' as const }
          : { action: 'accept' as const, slotId: choice };
    // No answer (offline, a dropped connection) is a refusal like the others: it threw before, and
    // Accept or Decline did nothing on screen, so a person on a phone could leave believing they had answered.
    const result = await api.POST('/meeting-requests/{meetingRequestId}/invitation', { params: { path: { meetingRequestId } }, headers: bearer(token), body }).catch(() => noAnswer);
    if (result.data) {
      const { status, slotId, table } = result.data;
      setMeeting({ ...meeting!, status, ...(slotId ? { slotId } : {}), ...(table ? { table } : {}) });
      setFailure(undefined);
      // Answered, the form and the button pressed are gone: focus goes to the status saying what the answer did
      // (it fell to <body>, and the next Tab started from the top of the page).
      focusAfterRender('answer-status');
    } else {
      setFailure(asProblem(result.error, result.response.status));
      // The notice is at the top, screens above the buttons at 360 px: focus takes the reader there.
      focusAfterRender('answer-failure');
    }
  };

  const status =
    meeting.status === 'confirmed'
      ? t('answer.status.confirmed', { time: when(meeting.slotId), table: meeting.table ?? 0 })
      : meeting.status === 'cancelled' && meeting.withdrawn !== undefined
        ? t(meeting.withdrawn ? 'answer.status.withdrawn' : 'answer.status.cancelledMeeting')
        : t(`answer.status.${meeting.status}`);

  return (
    <Layout title={t('answer.title')} eventId={meeting.eventId}>
      <Notice kind={meeting.status === 'pending' ? 'info' : 'success'} id="answer-status"><p>{status}</p></Notice>
      {failure ? <Notice kind="error" id="answer-failure"><p>{problemText(i18n, failure)}</p></Notice> : null}
      <RequesterFacts invitation={meeting.invitation} timeZone={event.timeZone} />
      {meeting.status === 'pending' ? (
        <form onSubmit={(e) => { e.preventDefault(); answer('accept'); }}>
          <SlotChoice idPrefix="slot" proposedSlotIds={meeting.proposedSlotIds} choice={choice} onChoice={setChoice} when={when} organisersPlace={organisersPlace} />
          <div class="actions">
            <button type="submit" class="button button--primary">{t('answer.accept')}</button>
          </div>
          <TextArea id="reason" label={t('answer.reason')} value={reason} maxLength={500} onValue={setReason} />
          <div class="actions">
            <button type="button" class="button button--danger" onClick={() => answer('decline')}>{t('answer.decline')}</button>
          </div>
        </form>
      ) : null}
    </Layout>
  );
}
