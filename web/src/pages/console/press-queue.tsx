import { useState } from 'preact/hooks';
import { api, type Problem } from '../../api/client';
import { Loading, Notice } from '../../components/layout';
import { adminCall, useAdminData } from '../../console/admin-call';
import { ConsoleLayout } from '../../console/console-layout';
import { sessionHeaders, type ConsoleSession } from '../../console/console-session';
import { problemText } from '../../failures/problem-text';
import { useI18n } from '../../i18n/index';

interface PendingRequest {
  accreditationId: string;
  firstName?: string;
  lastName?: string;
  mediaOutlet: string;
  country?: string;
  createdAt: string;
}

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
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string }>();
  const outcome = useAdminData(session, loadPending, version);
  if (!outcome) return <Loading />;
  const items = (outcome.data?.items ?? []) as unknown as PendingRequest[];

  const decide = async (request: PendingRequest, decision: 'approve' | 'reject') => {
    const result = await adminCall(() =>
      api.POST('/admin/events/{eventId}/press-accreditations/{accreditationId}/decision', {
        params: { path: { eventId: session.eventId, accreditationId: request.accreditationId } },
        headers: sessionHeaders(session),
        body: { decision },
      }),
    );
    const name = `${request.firstName ?? ''} ${request.lastName ?? ''}`.trim();
    if (result.data) setMessage({ kind: 'success', text: t(decision === 'approve' ? 'console.press.done.approved' : 'console.press.done.rejected', { name }) });
    else setMessage({ kind: 'error', text: problemText(i18n, result.error as Problem | undefined) });
    setVersion((current) => current + 1);
  };

  return (
    <>
      {message ? <Notice kind={message.kind}><p dir="auto">{message.text}</p></Notice> : null}
      {items.length === 0 ? <p>{t('console.press.empty')}</p> : null}
      <ul class="cards">
        {items.map((request) => (
          <li key={request.accreditationId} class="card" data-accreditation={request.accreditationId}>
            <h2 class="card__title"><bdi>{`${request.firstName ?? ''} ${request.lastName ?? ''}`.trim()}</bdi></h2>
            <p><bdi>{request.mediaOutlet}</bdi></p>
            <div class="actions actions--split">
              <button type="button" class="button button--approve" onClick={() => decide(request, 'approve')}>
                ✓ {t('decision.approve')}<span class="visually-hidden"> <bdi>{request.mediaOutlet}</bdi></span>
              </button>
              <button type="button" class="button button--reject" onClick={() => decide(request, 'reject')}>
                ✗ {t('decision.reject')}<span class="visually-hidden"> <bdi>{request.mediaOutlet}</bdi></span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
