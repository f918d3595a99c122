import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, asProblem, bearer, noAnswer, type Problem, type Schemas } from '../api/client';
import { TextArea } from '../components/fields';
import { RequestFacts } from '../components/press-request-facts';
import { Layout, Loading, Notice } from '../components/layout';
import { LinkProblem, missingToken } from '../failures/link-problem';
import { problemText } from '../failures/problem-text';
import { useEvent } from '../components/use-event';
import { useI18n } from '../i18n/index';
import { pageToken } from '../session/token';

type Review = Schemas['PressReview'];

/**
 * A press contact's decision page: the request in full (localised values, user text isolated),
 * then Approve (filled, green ✓) and Reject (outlined, red ✗) that look and read differently, with
 * an optional reason. Read and decided through GET/POST /press-accreditations/{id}/review with the
 * link's decision token as Bearer (docs/auth.md); a decision made meanwhile shows who made it.
 */
export function DecisionPage({ accreditationId }: { accreditationId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [token] = useState(pageToken);
  const [review, setReview] = useState<Review>();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<Problem>();
  const { event } = useEvent(review?.eventId);
  const path = { params: { path: { accreditationId } }, headers: bearer(token ?? '') };

  const load = async () => {
    const { data, error, response } = await api.GET('/press-accreditations/{accreditationId}/review', path);
    if (data) setReview(data);
    else setFailure(asProblem(error, response.status));
  };
  useEffect(() => {
    if (token) load().catch(() => setFailure(asProblem(undefined, 0)));
  }, [token]);

  const page = (body: ComponentChildren) => <Layout title={t('decision.title')} eventId={review?.eventId}>{body}</Layout>;
  if (!token) return page(<LinkProblem problem={missingToken} page="decision" />);
  if (failure && !review) return page(<LinkProblem problem={failure} page="decision" />);
  if (!review || !event) return page(<Loading />);

  const decide = async (decision: 'approve' | 'reject') => {
    // No answer (offline) reads as a refusal: it threw before, and Approve or Reject did nothing on screen.
    const { data, error, response } = await api.POST('/press-accreditations/{accreditationId}/review', { ...path, body: reason.trim() ? { decision, reason } : { decision } }).catch(() => noAnswer);
    setFailure(data ? undefined : asProblem(error, response.status));
    // The review is read again to show a decision made meanwhile; without a network that fails too, and the page keeps what it shows.
    await load().catch(() => undefined);
    // Decided (here or meanwhile), the form and its buttons are gone: focus goes to the decision shown;
    // not decided (no answer), to why, which is above the request's facts.
    requestAnimationFrame(() => (document.getElementById('decision-outcome') ?? document.getElementById('decision-failure'))?.focus());
  };

  return page(
    <>
      {failure ? <Notice kind="error" id="decision-failure"><p>{problemText(i18n, failure)}</p></Notice> : null}
      <RequestFacts review={review} timeZone={event.timeZone} />
      {review.decision ? (
        <Notice kind="success" id="decision-outcome"><p>{t(review.decision.decision === 'rejected' ? 'decision.done.rejected' : 'decision.done.approved')}</p><DecidedBy decision={review.decision} timeZone={event.timeZone} /></Notice>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); decide('approve'); }}>
          <TextArea id="reason" label={t('decision.reason')} value={reason} maxLength={1000} onValue={setReason} />
          <div class="actions actions--split">
            <button type="submit" class="button button--approve">✓ {t('decision.approve')}</button>
            <button type="button" class="button button--reject" onClick={() => decide('reject')}>✗ {t('decision.reject')}</button>
          </div>
        </form>
      )}
    </>,
  );
}

function DecidedBy({ decision, timeZone }: { decision: NonNullable<Review['decision']>; timeZone: string }) {
  const i18n = useI18n();
  return (
    <>
      <p>
        {decision.byOrganisers
          ? i18n.t('decision.decidedByOrganisers', { date: i18n.format(timeZone).dateAt(decision.decidedAt) })
          : i18n.tx('decision.decidedBy', { name: decision.decidedBy, date: i18n.format(timeZone).dateAt(decision.decidedAt) })}
      </p>
      {decision.reason ? <p dir="auto">{decision.reason}</p> : null}
    </>
  );
}
