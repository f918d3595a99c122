import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, asProblem, bearer, type Problem, type Schemas } from '../api/client';
import { Layout, Loading, Notice } from '../components/layout';
import { LinkProblem, missingToken } from '../failures/link-problem';
import { RequestFacts } from '../components/press-request-facts';
import { useEvent } from '../components/use-event';
import { useI18n } from '../i18n/index';
import { pageToken } from '../session/token';

type PressStatus = Schemas['PressStatus'];

/**
 * The journalist's status page, behind the link of their press emails: where the request stands,
 * the decision's date and reason once made, and the request as sent. Read through
 * GET /press-accreditations/{id} with the link's status token as Bearer (docs/auth.md, `pressStatusLink`).
 */
export function PressStatusPage({ accreditationId }: { accreditationId: string }) {
  const { t } = useI18n();
  const [token] = useState(pageToken);
  const [status, setStatus] = useState<PressStatus>();
  const [failure, setFailure] = useState<Problem>();
  const { event } = useEvent(status?.eventId);

  useEffect(() => {
    if (!token) return;
    api.GET('/press-accreditations/{accreditationId}', { params: { path: { accreditationId } }, headers: bearer(token) }).then(({ data, error, response }) => {
      if (data) setStatus(data);
      else setFailure(asProblem(error, response.status));
    }, () => setFailure(asProblem(undefined, 0)));
  }, [token]);

  const page = (body: ComponentChildren) => <Layout title={t('press.statusTitle')} eventId={status?.eventId}>{body}</Layout>;
  if (!token) return page(<LinkProblem problem={missingToken} page="pressStatus" />);
  if (failure) return page(<LinkProblem problem={failure} page="pressStatus" gone={t('press.statusPage.gone')} />);
  if (!status || !event) return page(<Loading />);
  return page(
    <>
      <Outcome status={status} timeZone={event.timeZone} />
      <RequestFacts review={status} timeZone={event.timeZone} reader="journalist" />
    </>,
  );
}

/** What happened so far, in a sentence: pending, or approved/rejected on a date (with the reason given). */
function Outcome({ status, timeZone }: { status: PressStatus; timeZone: string }) {
  const i18n = useI18n();
  const { decision } = status;
  if (!decision) return <Notice kind="info"><p>{i18n.t('press.received')}</p></Notice>;
  const date = i18n.format(timeZone).dateAt(decision.decidedAt);
  return (
    <Notice kind={decision.decision === 'approved' ? 'success' : 'info'}>
      <p>{i18n.t(decision.decision === 'approved' ? 'press.statusPage.approved' : 'press.statusPage.rejected', { date })}</p>
      {decision.reason ? <p>{i18n.t('press.statusPage.reason')} <bdi class="prewrap">{decision.reason}</bdi></p> : null}
    </Notice>
  );
}
