import { useState } from 'preact/hooks';
import { api, type Problem, type Schemas } from '../../api/client';
import { TextArea } from '../../components/fields';
import { Loading, Notice, UnavailableNotice } from '../../components/layout';
import { RequestFacts } from '../../components/press-request-facts';
import { focusAfterRender } from '../../components/focus';
import { useEvent } from '../../components/use-event';
import { adminCall, couldNotLoad, useAdminData } from '../../console/admin-call';
import { ConsoleLayout } from '../../console/console-layout';
import { sessionHeaders, type ConsoleSession } from '../../console/console-session';
import { problemText } from '../../failures/problem-text';
import { useI18n, type Wording } from '../../i18n/index';

/** A pending request as the admin list holds it: the journalist's whole request, as the press contact's review shows it. */
type PendingRequest = Schemas['PressReview']['request'] & { accreditationId: string; status: Schemas['PressReview']['status']; createdAt: string };

const loadPending = (session: ConsoleSession) =>
  adminCall(() =>
    api.GET('/admin/events/{eventId}/press-accreditations', {
      params: { path: { eventId: session.eventId }, query: { status: 'pending', limit: 500 } },
      headers: { ...sessionHeaders(session), accept: 'application/json' },
    }),
  );

/** The press queue: pending requests, oldest first, each approved or rejected once (the first decision wins, links included). */
export function PressQueuePage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  return <ConsoleLayout eventId={eventId} title={t('console.press.title')}>{(session) => <PressQueue session={session} />}</ConsoleLayout>;
}

function PressQueue({ session }: { session: ConsoleSession }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { event } = useEvent(session.eventId);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: Wording }>();
  const outcome = useAdminData(session, loadPending, version);
  if (!outcome || !event) return <Loading />;
  const items = (outcome.data?.items ?? []) as unknown as PendingRequest[];

  const decide = async (request: PendingRequest, decision: 'approve' | 'reject', reason: string) => {
    const result = await adminCall(() =>
      api.POST('/admin/events/{eventId}/press-accreditations/{accreditationId}/decision', {
        params: { path: { eventId: session.eventId, accreditationId: request.accreditationId } },
        headers: sessionHeaders(session),
        body: reason.trim() ? { decision, reason } : { decision },
      }),
    );
    const name = `${request.firstName} ${request.lastName}`.trim();
    if (result.data) setMessage({ kind: 'success', text: (words) => words.t(decision === 'approve' ? 'console.press.done.approved' : 'console.press.done.rejected', { name }) });
    else setMessage({ kind: 'error', text: (words) => problemText(words, result.error as Problem | undefined) });
    setVersion((current) => current + 1);
    // The request's card and its buttons are gone: focus goes to the outcome, not back to the page's top.
    focusAfterRender('press-outcome');
  };

  return (
    <>
      {message ? <Notice kind={message.kind} id="press-outcome"><p dir="auto">{message.text(i18n)}</p></Notice> : null}
      {couldNotLoad(outcome) ? <UnavailableNotice onRetry={outcome.retry} /> : items.length === 0 ? <p>{t('console.press.empty')}</p> : null}
      <ul class="cards">
        {items.map((request) => <PendingCard key={request.accreditationId} request={request} timeZone={event.timeZone} decide={decide} />)}
      </ul>
    </>
  );
}

type Decide = (request: PendingRequest, decision: 'approve' | 'reject', reason: string) => Promise<void>;

/**
 * One request in full (the press contact's decision page's facts and reason field), then Approve, or
 * Reject in two steps: rejecting emails the journalist at once, so one stray click must not do it.
 */
function PendingCard({ request, timeZone, decide }: { request: PendingRequest; timeZone: string; decide: Decide }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const id = request.accreditationId;
  const name = `${request.firstName} ${request.lastName}`.trim();
  return (
    <li class="card" data-accreditation={id}>
      <h2 class="card__title" id={`press-${id}`}><bdi>{name}</bdi></h2>
      <RequestFacts review={{ status: request.status, request }} timeZone={timeZone} />
      <TextArea id={`reason-${id}`} label={t('decision.reason')} value={reason} maxLength={1000} onValue={setReason} />
      {!confirming ? (
        <div class="actions actions--split" key="decide">
          <button type="button" class="button button--approve" onClick={() => decide(request, 'approve', reason)}>
            ✓ {t('decision.approve')}<span class="visually-hidden"> <bdi>{name}</bdi></span>
          </button>
          <button type="button" class="button button--reject" onClick={() => { setConfirming(true); focusAfterRender(`reject-confirm-${id}`); }}>
            ✗ {t('decision.reject')}<span class="visually-hidden"> <bdi>{name}</bdi></span>
          </button>
        </div>
      ) : (
        <div role="group" aria-labelledby={`reject-question-${id}`} key="confirm">
          <p id={`reject-question-${id}`}>{t(reason.trim() ? 'console.press.rejectQuestionWithReason' : 'console.press.rejectQuestion', { name })}</p>
          <div class="actions">
            <button id={`reject-confirm-${id}`} type="button" class="button button--reject" onClick={() => decide(request, 'reject', reason)}>✗ {t('console.press.rejectYes')}</button>
            <button type="button" class="button button--secondary" onClick={() => { setConfirming(false); focusAfterRender(`reason-${id}`); }}>{t('console.press.rejectNo')}</button>
          </div>
        </div>
      )}
    </li>
  );
}
