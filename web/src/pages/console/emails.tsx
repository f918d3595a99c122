import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, type Problem, type Schemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { SelectField } from '../../components/fields';
import { Loading, Notice, UnavailableNotice } from '../../components/layout';
import { adminCall, couldNotLoad } from '../../console/admin-call';
import { usePagedAdminData } from '../../console/paged-admin-data';
import { ShowMore } from '../../console/show-more';
import { emailKindLabel } from '../../console/email-kinds';
import { recipientErased, recipientLabel } from '../../console/erased-labels';
import { ConsoleLayout } from '../../console/console-layout';
import { sessionHeaders, type ConsoleSession } from '../../console/console-session';
import { problemText } from '../../failures/problem-text';
import { useI18n, type I18n } from '../../i18n/index';

type Email = Schemas['AdminEmail'];
type EmailStatus = NonNullable<NonNullable<operations['listAdminConfirmations']['parameters']['query']>['status']>;
/** The statuses organisers filter on (the in-between ones, sending and retrying, are "being sent" to them). */
const statuses = ['pending', 'sent', 'delivered', 'bounced', 'complained', 'failed'] as const satisfies readonly EmailStatus[];

/** Emails: delivery status of every email of the event (never its content), resend one, re-drive the dead letters. */
export function EmailsPage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  return <ConsoleLayout eventId={eventId} title={t('console.emails.title')}>{(session) => <Emails session={session} />}</ConsoleLayout>;
}

function Emails({ session }: { session: ConsoleSession }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<EmailStatus | ''>('');
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: (words: I18n) => ComponentChildren }>();
  const list = usePagedAdminData(
    session,
    (current, cursor) =>
      adminCall(() =>
        api.GET('/admin/events/{eventId}/confirmations', {
          params: { path: { eventId: current.eventId }, query: { limit: 100, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } },
          headers: { ...sessionHeaders(current), accept: 'application/json' },
        }),
      ),
    (email) => email.confirmationId,
    `${status}#${version}`,
  );
  const path = { eventId: session.eventId };
  const failed = (error: unknown) => setMessage({ kind: 'error', text: (words) => problemText(words, error as Problem | undefined) });

  const resend = async (email: Email) => {
    const result = await adminCall(() =>
      api.POST('/admin/events/{eventId}/confirmations/{confirmationId}/resend', { params: { path: { ...path, confirmationId: email.confirmationId } }, headers: sessionHeaders(session) }),
    );
    if (result.data) setMessage({ kind: 'success', text: (words) => words.tx('console.emails.resent', { recipient: email.recipient }) });
    else failed(result.error);
    setVersion((current) => current + 1);
  };

  const redrive = async () => {
    const result = await adminCall(() => api.POST('/admin/events/{eventId}/confirmations/redrive', { params: { path }, headers: sessionHeaders(session) }));
    if (result.data) {
      const requeued = result.data.requeued.length;
      setMessage({ kind: 'success', text: (words) => words.plural('console.emails.redriven', requeued) });
    } else failed(result.error);
    setVersion((current) => current + 1);
  };

  const { items } = list;
  return (
    <>
      {message ? <Notice kind={message.kind}><p dir="auto">{message.text(i18n)}</p></Notice> : null}
      <div class="actions">
        <SelectField id="email-status" label={t('console.registrations.status')} value={status} placeholder={t('console.registrations.all')} options={statuses.map((value) => ({ value, label: t(`console.emails.status.${value}`) }))} onValue={(value) => setStatus(value as EmailStatus | '')} />
        <button type="button" class="button button--secondary" onClick={redrive}>{t('console.emails.redrive')}</button>
      </div>
      {!list.first ? <Loading /> : couldNotLoad(list.first) ? <UnavailableNotice onRetry={list.first.retry} /> : (
        <>
        <div class="table-scroll" id="emails" tabIndex={0} role="region" aria-labelledby="emails-caption">
          <table class="counts emails">
            <caption id="emails-caption">{i18n.plural('console.emails.shown', items.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.emails.recipient')}<span class="choice__detail">{t('console.emails.kind')}</span></th>
                <th scope="col">{t('console.registrations.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((email) => (
                <tr key={email.confirmationId} data-email={email.confirmationId}>
                  <th scope="row" class="address"><bdi dir="ltr">{recipientLabel(i18n, email)}</bdi><span class="choice__detail" data-kind>{emailKindLabel(i18n, email)}</span></th>
                  <td>
                    {t(`console.emails.status.${email.deliveryStatus}`)}
                    {email.lastError ? <span class="choice__detail" dir="auto">{email.lastError}</span> : null}
                    {/* Nobody to send it to: the API would refuse (recipient-erased). */}
                    {recipientErased(email) ? null : (
                      <button type="button" class="button button--secondary" onClick={() => resend(email)}>
                        {t('console.emails.resend')}<span class="visually-hidden"> <bdi>{email.recipient}</bdi></span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ShowMore list={list} listId="emails" />
        </>
      )}
    </>
  );
}
