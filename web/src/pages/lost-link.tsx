import { useState } from 'preact/hooks';
import { api, asProblem, type Problem } from '../api/client';
import { ErrorSummary, SubmitButton, TextField } from '../components/fields';
import { focusAfterRender, focusFirstError } from '../components/focus';
import { FormFailure, Layout, Notice } from '../components/layout';
import { formRefusal } from '../failures/form-refusal';
import { useI18n } from '../i18n/index';

/**
 * "I lost my confirmation email": the registration's email sent again to the address typed
 * (docs/registrations.md, "A lost link"). The page says the same thing whether or not the address
 * is registered, as the API does.
 */
export function LostLinkPage({ eventId }: { eventId: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string>();

  const submit = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    if (busy) return;
    setBusy(true);
    const { data, error, response } = await api
      .POST('/events/{eventId}/manage-link-requests', { params: { path: { eventId } }, body: { email } })
      .catch(() => ({ data: undefined, error: undefined, response: undefined }));
    setBusy(false);
    if (data) {
      setErrors({});
      setFailure(undefined);
      setSentTo(email.trim());
      focusAfterRender('lost-link-sent');
      return;
    }
    const problem = asProblem(error, response?.status ?? 0);
    const refusal = formRefusal(problem);
    setErrors(refusal.errors);
    setFailure(refusal.failure);
    focusFirstError();
  };

  return (
    <Layout title={t('lostLink.title')} eventId={eventId}>
      {sentTo ? (
        <Notice kind="success" id="lost-link-sent">
          <p>{i18n.tx('lostLink.sent', { email: sentTo })}</p>
        </Notice>
      ) : null}
      <p>{t('lostLink.intro')}</p>
      <FormFailure problem={failure} />
      <ErrorSummary errors={errors} labels={{ email: t('register.email') }} />
      <form onSubmit={submit} noValidate>
        <TextField id="email" type="email" autocomplete="email" label={t('register.email')} required value={email} onValue={setEmail} error={errors.email} />
        <SubmitButton busy={busy} busyLabel={t('lostLink.sending')}>{t('lostLink.submit')}</SubmitButton>
      </form>
      <p><a href={`/${language}/events/${eventId}`}>{t('lostLink.back')}</a></p>
    </Layout>
  );
}
