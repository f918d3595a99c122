import { useState } from 'preact/hooks';
import { api, asProblem, type Problem, type Schemas } from '../api/client';
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../components/fields';
import { formRefusal } from '../failures/form-refusal';
import { focusAfterRender, focusFirstError, FORM_OUTCOME } from '../components/focus';
import { FormFailure, Layout, NotFound, Loading, Notice, Unavailable } from '../components/layout';
import { useStoredOutcome } from '../components/stored-outcome';
import { mediaTypeOptions } from '../components/options';
import { CountryField } from '../components/country-field';
import { useEvent } from '../components/use-event';
import { useI18n } from '../i18n/index';
import { CONSENT_VERSION, ConsentField } from '../components/consent-field';

type PressRequest = Schemas['PressAccreditationRequest'];

/** The calendar days of the event, YYYY-MM-DD, for the "days you will attend" choice. */
function eventDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${startDate}T00:00:00Z`); day <= new Date(`${endDate}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

const fields = ['firstName', 'lastName', 'email', 'phone', 'mediaOutlet', 'mediaType', 'country', 'pressCardNumber', 'assignmentLetterUrl', 'portfolioUrl', 'coveragePlan'] as const;
type Draft = Record<(typeof fields)[number], string> & { days: string[]; consent: boolean };

export function PressPage({ eventId }: { eventId: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { event, failed, retry } = useEvent(eventId);
  // The media type starts unchosen (""), like the country: pre-set to "online", a print journalist could send the wrong
  // type without noticing. "" is no valid type, so the API refuses it at the field, in the error summary with the others.
  const [draft, setDraft] = useState<Draft>(() => ({ ...(Object.fromEntries(fields.map((field) => [field, ''])) as Record<(typeof fields)[number], string>), days: [], consent: false }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const { outcome: received, keep: keepReceived, forget: forgetReceived } = useStoredOutcome<{ accreditationId: string; mediaOutlet: string }>(`press:${eventId}`);

  if (failed === 'unavailable') return <Unavailable onRetry={retry} />;
  if (failed) return <NotFound />;
  if (!event) return <Layout title={t('press.title')} eventId={eventId}><Loading /></Layout>;
  const format = i18n.format(event.timeZone);
  const set = (key: keyof Draft) => (value: unknown) => setDraft((current) => ({ ...current, [key]: value }));

  const labels: Record<string, string> = {
    firstName: t('register.firstName'), lastName: t('register.lastName'), email: t('register.email'), phone: t('register.phone'),
    mediaOutlet: t('press.mediaOutlet'), mediaType: t('press.mediaType'), country: t('register.country'), pressCardNumber: t('press.pressCard'),
    assignmentLetterUrl: t('press.assignmentLetter'), portfolioUrl: t('press.portfolio'), coveragePlan: t('press.coveragePlan'),
    days: t('press.days'), consent: t('register.consent'),
  };

  const submit = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    const optional = (value: string) => (value.trim() === '' ? undefined : value);
    const body: PressRequest = {
      firstName: draft.firstName, lastName: draft.lastName, email: draft.email, phone: optional(draft.phone),
      mediaOutlet: draft.mediaOutlet, mediaType: draft.mediaType as PressRequest['mediaType'], country: draft.country,
      pressCardNumber: optional(draft.pressCardNumber), assignmentLetterUrl: optional(draft.assignmentLetterUrl),
      portfolioUrl: optional(draft.portfolioUrl), coveragePlan: draft.coveragePlan, days: draft.days, language,
      consent: draft.consent as true, consentVersion: CONSENT_VERSION,
    };
    const { data, error, response } = await api
      .POST('/events/{eventId}/press-accreditations', { params: { path: { eventId } }, body })
      .catch(() => ({ data: undefined, error: undefined, response: undefined }));
    setBusy(false);
    if (data) {
      keepReceived({ accreditationId: data.accreditationId, mediaOutlet: draft.mediaOutlet });
      // The form and its button are gone: focus on what happened, which is then read out.
      focusAfterRender(FORM_OUTCOME);
      return;
    }
    const problem = asProblem(error, response?.status ?? 0);
    const refusal = formRefusal(problem);
    setErrors(refusal.errors);
    setFailure(refusal.failure);
    focusFirstError();
  };

  if (received) {
    return (
      <Layout title={t('press.statusTitle')} eventId={eventId}>
        <dl class="facts">
          <div><dt>{t('manage.status')}</dt><dd><strong>{t('press.status.pending')}</strong></dd></div>
          <div><dt>{t('press.mediaOutlet')}</dt><dd><bdi>{received.mediaOutlet}</bdi></dd></div>
        </dl>
        <Notice kind="success" id={FORM_OUTCOME}><p>{t('press.received')}</p></Notice>
        <p><button type="button" class="button button--secondary" onClick={() => { forgetReceived(); focusAfterRender('firstName'); }}>{t('press.another')}</button></p>
      </Layout>
    );
  }

  const text = (id: (typeof fields)[number], required = false, type: 'text' | 'email' | 'tel' | 'url' = 'text') => (
    <TextField id={id} type={type} label={labels[id]} required={required} value={draft[id]} onValue={set(id)} error={errors[id]} />
  );
  return (
    <Layout title={t('press.title')} eventId={eventId}>
      <p>{t('press.intro')}</p>
      <FormFailure problem={failure} />
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        {text('firstName', true)}
        {text('lastName', true)}
        {text('email', true, 'email')}
        {text('phone', false, 'tel')}
        {text('mediaOutlet', true)}
        <SelectField id="mediaType" label={labels.mediaType} required value={draft.mediaType} placeholder={t('press.mediaType.choose')} options={mediaTypeOptions(i18n)} onValue={set('mediaType')} error={errors.mediaType} />
        <CountryField id="country" label={labels.country} required autocomplete="country" value={draft.country} placeholder={t('register.country.choose')} onValue={set('country')} error={errors.country} />
        {text('pressCardNumber')}
        {text('assignmentLetterUrl', false, 'url')}
        {text('portfolioUrl', false, 'url')}
        <TextArea id="coveragePlan" label={labels.coveragePlan} required value={draft.coveragePlan} maxLength={2000} onValue={set('coveragePlan')} error={errors.coveragePlan} />
        <CheckboxGroup id="days" legend={labels.days} required selected={draft.days} onChange={set('days')} error={errors.days}
          options={eventDays(event.startDate, event.endDate).map((day) => ({ value: day, label: format.date(day) }))} />
        <ConsentField checked={draft.consent} error={errors.consent} onChange={set('consent')} />
        <SubmitButton busy={busy} busyLabel={t('register.submitting')}>{t('press.submit')}</SubmitButton>
      </form>
    </Layout>
  );
}
