import { webPagePaths } from '../../../shared/web/page-links';
import { useState } from 'preact/hooks';
import { api, asProblem, type Problem, type RegistrationRequest } from '../api/client';
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../components/fields';
import { formRefusal } from '../failures/form-refusal';
import { problemSlug } from '../failures/problem-text';
import { ErrorNotice, FormFailure, Layout, NotFound, Loading, Notice, Unavailable } from '../components/layout';
import { participantTypeOptions } from '../components/options';
import { CountryField } from '../components/country-field';
import { programmeOptions } from '../components/places';
import { eventName, useEvent } from '../components/use-event';
import { languageCodes, useI18n, type Language } from '../i18n/index';
import { saveSession } from '../session/token';
import { focusAfterRender, focusFirstError, FORM_OUTCOME } from '../components/focus';
import { useStoredOutcome } from '../components/stored-outcome';
import { rememberStatus } from '../components/registration-status';
import { TagPicker } from '../components/tag-picker';
import { CONSENT_VERSION, ConsentField } from '../components/consent-field';


type Draft = {
  firstName: string; lastName: string; email: string; phone: string; organisation: string; jobTitle: string;
  clusterId: string; country: string; participantType: string; sectors: string[]; programme: string[];
  language: Language; accessibilityNeeds: string; offer: string; request: string; offerTags: string[]; requestTags: string[]; consent: boolean; directoryOptIn: boolean; digestOptIn: boolean;
};

const blank = (language: Language): Draft => ({
  firstName: '', lastName: '', email: '', phone: '', organisation: '', jobTitle: '', clusterId: '', country: '',
  participantType: 'cluster-manager', sectors: [], programme: [], language, accessibilityNeeds: '', offer: '', request: '', offerTags: [], requestTags: [],
  consent: false, directoryOptIn: true, digestOptIn: false,
});

/** Empty optional fields are left out, so the API's rules for "absent" apply. */
function toRequest(draft: Draft): RegistrationRequest {
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  return {
    firstName: draft.firstName, lastName: draft.lastName, email: draft.email, phone: optional(draft.phone),
    organisation: draft.organisation, jobTitle: optional(draft.jobTitle), clusterId: optional(draft.clusterId),
    country: draft.country, participantType: draft.participantType as RegistrationRequest['participantType'],
    sectors: draft.sectors, programme: draft.programme, language: draft.language,
    accessibilityNeeds: optional(draft.accessibilityNeeds), consent: draft.consent as true, consentVersion: CONSENT_VERSION,
    directoryOptIn: draft.directoryOptIn, digestOptIn: draft.digestOptIn, profile: { offer: draft.offer, request: draft.request, offerTags: draft.offerTags, requestTags: draft.requestTags },
  };
}

type Outcome = { registrationId: string; status: 'confirmed' | 'waitlisted'; waitlistPosition?: number };

export function RegisterPage({ eventId }: { eventId: string }) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { event, failed, retry } = useEvent(eventId);
  const [draft, setDraft] = useState<Draft>(() => blank(language));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Problem>();
  const [alreadyRegistered, setAlreadyRegistered] = useState(false);
  const { outcome, keep: keepOutcome, forget: forgetOutcome } = useStoredOutcome<Outcome>(`register:${eventId}`);
  // One key per filled-in form: a retried submit (double click, flaky network) registers once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  if (failed === 'unavailable') return <Unavailable onRetry={retry} />;
  if (failed) return <NotFound />;
  if (!event) return <Layout title={t('register.title')} eventId={eventId}><Loading /></Layout>;
  const format = i18n.format(event.timeZone);
  const title = `${t('register.title')} – ${eventName(event, language)}`;
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const labels: Record<string, string> = {
    firstName: t('register.firstName'), lastName: t('register.lastName'), email: t('register.email'), phone: t('register.phone'),
    organisation: t('register.organisation'), jobTitle: t('register.jobTitle'), clusterId: t('register.cluster'),
    country: t('register.country'), participantType: t('register.participantType'), sectors: t('register.sectors'),
    programme: t('register.programme'), language: t('register.language'), accessibilityNeeds: t('register.accessibility'),
    'profile-offer': t('register.offer'), 'profile-request': t('register.request'),
    'profile-offerTags': t('register.offerTags'), 'profile-requestTags': t('register.requestTags'), consent: t('register.consent'),
    directoryOptIn: t('register.directoryOptIn'),
  };

  const submit = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    const { data, error, response } = await api.POST('/events/{eventId}/registrations', {
      params: { path: { eventId }, header: { 'idempotency-key': idempotencyKey } },
      body: toRequest(draft),
    }).catch(() => ({ data: undefined, error: undefined, response: undefined }));
    setBusy(false);
    if (data) {
      saveSession({ registrationId: data.registrationId, token: data.manageToken });
      rememberStatus(data.registrationId, data.status);
      setErrors({});
      keepOutcome({ registrationId: data.registrationId, status: data.status, waitlistPosition: data.waitlistPosition });
      // The form and its button are gone: focus on what happened, which is then read out.
      focusAfterRender(FORM_OUTCOME);
      return;
    }
    const problem = asProblem(error, response?.status ?? 0);
    const refusal = formRefusal(problem);
    setErrors(refusal.errors);
    setFailure(refusal.failure);
    setAlreadyRegistered(problemSlug(problem) === 'duplicate-registration');
    focusFirstError();
  };

  if (outcome) {
    return (
      <Layout title={title} eventId={eventId}>
        <Notice kind="success" id={FORM_OUTCOME}>
          <p>{outcome.status === 'confirmed' ? t('register.confirmed') : t('register.waitlisted', { position: outcome.waitlistPosition ?? 0 })}</p>
        </Notice>
        <p class="actions">
          <a class="button button--primary" href={webPagePaths.manage(language, outcome.registrationId, eventId)}>{t('register.open')}</a>
          <button type="button" class="button button--secondary" onClick={() => { forgetOutcome(); setDraft(blank(language)); setIdempotencyKey(crypto.randomUUID()); focusAfterRender('firstName'); }}>{t('register.another')}</button>
        </p>
      </Layout>
    );
  }

  // Closed (by the organisers, or its deadline passed): the form would only be refused once filled in.
  if (!event.registrationOpen) {
    return (
      <Layout title={title} eventId={eventId}>
        <Notice kind="info"><p>{t('problem.registration-closed')}</p></Notice>
        <p><a href={`/${language}/events/${eventId}`}>{t('register.closedHome')}</a></p>
      </Layout>
    );
  }

  return (
    <Layout title={title} eventId={eventId}>
      <p>{t('register.intro')}</p>
      <FormFailure problem={failure}>
        {alreadyRegistered ? <p><a href={`/${language}/events/${eventId}/lost-link`}>{t('home.lostLink')}</a></p> : null}
      </FormFailure>
      <ErrorSummary errors={errors} labels={labels} />
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('register.you')}</legend>
          <TextField id="firstName" label={labels.firstName} required autocomplete="given-name" value={draft.firstName} onValue={set('firstName')} error={errors.firstName} />
          <TextField id="lastName" label={labels.lastName} required autocomplete="family-name" value={draft.lastName} onValue={set('lastName')} error={errors.lastName} />
          <TextField id="email" type="email" label={labels.email} required autocomplete="email" value={draft.email} onValue={set('email')} error={errors.email} />
          <TextField id="phone" type="tel" label={labels.phone} autocomplete="tel" value={draft.phone} onValue={set('phone')} error={errors.phone} />
          <TextField id="organisation" label={labels.organisation} required autocomplete="organization" value={draft.organisation} onValue={set('organisation')} error={errors.organisation} />
          <TextField id="jobTitle" label={labels.jobTitle} autocomplete="organization-title" value={draft.jobTitle} onValue={set('jobTitle')} error={errors.jobTitle} />
          <CountryField id="country" label={labels.country} required autocomplete="country" value={draft.country} placeholder={t('register.country.choose')} onValue={set('country')} error={errors.country} />
          <SelectField id="clusterId" label={labels.clusterId} value={draft.clusterId} placeholder={t('register.cluster.none')} options={event.clusters.map((cluster) => ({ value: cluster.id, label: `${cluster.name} (${format.country(cluster.country)})` }))} onValue={set('clusterId')} error={errors.clusterId} />
          <SelectField id="participantType" label={labels.participantType} required value={draft.participantType} options={participantTypeOptions(i18n)} onValue={set('participantType')} error={errors.participantType} />
          <SelectField id="language" label={labels.language} required value={draft.language} options={languageCodes.map((code) => ({ value: code, label: t(`language.${code}`) }))} onValue={(value) => set('language')(value as Language)} error={errors.language} />
        </fieldset>

        <CheckboxGroup id="sectors" legend={labels.sectors} required selected={draft.sectors} onChange={set('sectors')} error={errors.sectors}
          options={event.sectors.map((sector) => ({ value: sector.id, label: sector.labels[language] }))} />

        <CheckboxGroup id="programme" legend={labels.programme} selected={draft.programme} onChange={set('programme')} error={errors.programme}
          options={programmeOptions(i18n, event)} />

        <fieldset>
          <legend>{t('register.profile')}</legend>
          <TextArea id="profile-offer" label={labels['profile-offer']} value={draft.offer} maxLength={1000} onValue={set('offer')} error={errors['profile-offer']} />
          <TextArea id="profile-request" label={labels['profile-request']} value={draft.request} maxLength={1000} onValue={set('request')} error={errors['profile-request']} />
          <TagPicker id="profile-offerTags" legend={labels['profile-offerTags']!} tags={event.matchmakingTags} sectors={draft.sectors} selected={draft.offerTags} onChange={set('offerTags')} error={errors['profile-offerTags']} />
          <TagPicker id="profile-requestTags" legend={labels['profile-requestTags']!} tags={event.matchmakingTags} sectors={draft.sectors} selected={draft.requestTags} onChange={set('requestTags')} error={errors['profile-requestTags']} />
          <div class="choice">
            <input type="checkbox" id="directoryOptIn" checked={draft.directoryOptIn} onChange={(e) => set('directoryOptIn')(e.currentTarget.checked)} />
            <label for="directoryOptIn">{labels.directoryOptIn}</label>
          </div>
          <div class="choice">
            <input type="checkbox" id="digestOptIn" checked={draft.digestOptIn} aria-describedby="digestOptIn-hint" onChange={(e) => set('digestOptIn')(e.currentTarget.checked)} />
            <label for="digestOptIn">{t('register.digestOptIn')}<span class="choice__detail" id="digestOptIn-hint">{t('register.digestOptIn.hint')}</span></label>
          </div>
        </fieldset>

        <TextArea id="accessibilityNeeds" label={labels.accessibilityNeeds} value={draft.accessibilityNeeds} maxLength={500} onValue={set('accessibilityNeeds')} error={errors.accessibilityNeeds} />

        <ConsentField checked={draft.consent} error={errors.consent} onChange={set('consent')} />

        <SubmitButton busy={busy} busyLabel={t('register.submitting')}>{t('register.submit')}</SubmitButton>
      </form>
      {failed ? <ErrorNotice /> : null}
    </Layout>
  );
}
