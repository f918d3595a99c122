import { useEffect, useState } from 'preact/hooks';
import { api, asProblem, bearer, noAnswer, type Agenda, type EventView, type Problem, type Registration, type RegistrationUpdate } from '../api/client';
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextArea, TextField } from '../components/fields';
import { CountryField } from '../components/country-field';
import { focusAfterRender, focusFirstError } from '../components/focus';
import { FormFailure, Layout, Loading, Notice, UnavailableNotice } from '../components/layout';
import { formRefusal } from '../failures/form-refusal';
import { LinkProblem } from '../failures/link-problem';
import { lostLinkHref } from '../failures/lost-link-href';
import { SessionMissing } from '../failures/session-missing';
import { problemText, serverOrNetworkFailed } from '../failures/problem-text';
import { preferenceLabels, preferencesToSend, SchedulingPreferencesFields, type Preferences } from '../components/scheduling-preferences';
import { TagPicker } from '../components/tag-picker';
import { TicketQr } from '../components/ticket-qr';
import { MoveMeeting } from '../components/move-meeting';
import { programmeOptions } from '../components/places';
import { rememberStatus } from '../components/registration-status';
import { useEvent } from '../components/use-event';
import { languageCodes, useI18n, type Language } from '../i18n/index';
import { forgetSession, type Session } from '../session/token';
import { afterRefusedRead } from '../session/refused-session';
import { useRegistrationSession } from '../session/use-session';
import { useWording } from '../components/wording-state';

/** Saves a JSON file in the browser (no server round trip, nothing in a URL). */
function downloadJson(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}

export function ManagePage({ registrationId }: { registrationId: string }) {
  const { t, language } = useI18n();
  const session = useRegistrationSession(registrationId);
  const [registration, setRegistration] = useState<Registration>();
  const [agenda, setAgenda] = useState<Agenda>();
  const [agendaFailure, setAgendaFailure] = useState<Problem>();
  const [failed, setFailed] = useState<Problem>();
  const [ended, setEnded] = useState<'cancelled' | 'erased'>();
  // The event is known from the registration only; its agenda and edit sections need it, so the page
  // stays loading (no ready marker) until it is here, like the other pages of a link (decision, answer).
  const { event, failed: eventFailed } = useEvent(registration?.eventId);

  const reload = async (current: Session) => {
    const path = { registrationId };
    // Each read's network failure is its own (status 0): the agenda's fails the agenda's section, not
    // the whole page, as its 503 does.
    const [reg, ag] = await Promise.all([
      api.GET('/registrations/{registrationId}', { params: { path }, headers: bearer(current.token) }).catch(() => noAnswer),
      api.GET('/registrations/{registrationId}/agenda', { params: { path }, headers: bearer(current.token) }).catch(() => noAnswer),
    ]);
    if (reg.data) rememberStatus(registrationId, reg.data.status);
    else setFailed(afterRefusedRead(asProblem(reg.error, reg.response.status)));
    setRegistration(reg.data);
    setAgenda(ag.data);
    setAgendaFailure(ag.data ? undefined : asProblem(ag.error, ag.response.status));
  };
  useEffect(() => {
    if (session) reload(session).catch(() => setFailed(asProblem(undefined, 0)));
  }, [session]);

  const lostLink = lostLinkHref(language);
  if (!session) return <Layout title={t('manage.title')}><SessionMissing lostLink={lostLink} /></Layout>;
  if (ended) return <Layout title={t('manage.title')}><Notice kind="success" id="manage-ended"><p>{t(ended === 'erased' ? 'manage.erased' : 'manage.cancelled')}</p></Notice></Layout>;
  if (failed) return <Layout title={t('manage.title')}><LinkProblem problem={failed} page="manage" lostLink={lostLink} /></Layout>;
  if (!registration || (!event && !eventFailed)) return <Layout title={t('manage.title')}><Loading /></Layout>;

  return (
    <ManageView
      session={session}
      registration={registration}
      agenda={agenda}
      agendaFailure={agendaFailure}
      onChanged={() => reload(session)}
      onEnded={(how) => {
        if (how === 'erased') forgetSession();
        else rememberStatus(registrationId, 'cancelled');
        setEnded(how);
        // The page's sections (and the button pressed) are gone: focus goes to the notice saying what happened.
        focusAfterRender('manage-ended');
      }}
    />
  );
}

interface ViewProps {
  session: Session;
  registration: Registration;
  agenda: Agenda | undefined;
  /** Why the agenda could not be read (its section says so rather than disappearing). */
  agendaFailure?: Problem | undefined;
  onChanged: () => Promise<void>;
  onEnded: (how: 'cancelled' | 'erased') => void;
}

function ManageView({ session, registration, agenda, agendaFailure, onChanged, onEnded }: ViewProps) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { event } = useEvent(registration.eventId);
  const format = event ? i18n.format(event.timeZone) : undefined;
  const sectorName = (id: string) => event?.sectors.find((sector) => sector.id === id)?.labels[language] ?? id;

  const download = async () => {
    downloadJson(`registration-${registration.registrationId}.json`, { registration, agenda: agenda?.entries ?? [] });
  };

  return (
    <Layout title={t('manage.title')} eventId={registration.eventId}>
      <dl class="facts">
        <div><dt>{t('manage.status')}</dt><dd><strong>{t(`manage.status.${registration.status}`)}</strong>{registration.waitlistPosition ? ` (${i18n.number(registration.waitlistPosition)})` : null}</dd></div>
        <div><dt>{t('manage.name')}</dt><dd><bdi>{registration.firstName} {registration.lastName}</bdi></dd></div>
        <div><dt>{t('register.email')}</dt><dd><bdi>{registration.email}</bdi></dd></div>
        <div><dt>{t('register.organisation')}</dt><dd><bdi>{registration.organisation}</bdi></dd></div>
        <div><dt>{t('register.country')}</dt><dd>{format?.country(registration.country) ?? registration.country}</dd></div>
        <div><dt>{t('register.participantType')}</dt><dd>{i18n.email(`meeting.participantType.${registration.participantType}`)}</dd></div>
        <div><dt>{t('home.sectors')}</dt><dd>{i18n.list(registration.sectors.map(sectorName))}</dd></div>
      </dl>
      {registration.ticket ? (
        <section aria-labelledby="ticket-heading">
          <h2 id="ticket-heading">{t('manage.ticket')}</h2>
          <p>{t('manage.ticketHelp')}</p>
          <TicketQr token={registration.ticket.token} label={t('manage.ticketQr')} />
          <dl class="facts">
            <div><dt>{t('manage.ticketCode')}</dt><dd><bdi class="ticket-code">{registration.ticket.code}</bdi></dd></div>
          </dl>
        </section>
      ) : null}
      <p class="actions">
        {registration.status === 'confirmed' ? <a class="button button--primary" href={`/${language}/events/${registration.eventId}/participants`}>{t('manage.findPeople')}</a> : null}
        <button type="button" class="button button--secondary" onClick={download}>{t('manage.download')}</button>
      </p>

      <AgendaSection session={session} registration={registration} agenda={agenda} agendaFailure={agendaFailure} onChanged={onChanged} />
      {registration.status !== 'cancelled' ? <EditSection session={session} registration={registration} onChanged={onChanged} /> : null}
      <EndSection session={session} registration={registration} onEnded={onEnded} />
    </Layout>
  );
}

/**
 * A programme entry's title in the page's language: the agenda carries it in the registration's
 * language (as the emails and the calendar feed say it), and a reader may have switched the page.
 */
function programmeTitle(event: Pick<EventView, 'programme'>, entry: Agenda['entries'][number], language: Language): string | undefined {
  return event.programme.find((item) => item.id === entry.id)?.title[language] ?? entry.title;
}

function AgendaSection({ session, registration, agenda, agendaFailure, onChanged }: Omit<ViewProps, 'onEnded'>) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { event } = useEvent(registration.eventId);
  const [notice, setNotice] = useWording();
  if (agendaFailure && !agenda) {
    return (
      <section aria-labelledby="agenda">
        <h2 id="agenda">{t('manage.agenda')}</h2>
        {serverOrNetworkFailed(agendaFailure) ? <UnavailableNotice onRetry={onChanged} /> : <Notice kind="error"><p>{problemText(i18n, agendaFailure)}</p></Notice>}
      </section>
    );
  }
  if (!agenda || !event) return null;
  const format = i18n.format(event.timeZone);
  const when = (slotId: string) => {
    const slot = event.meetingSlots.find((candidate) => candidate.id === slotId);
    return slot ? format.timeRange(slot) : slotId;
  };

  const act = async (meetingRequestId: string, action: 'cancel' | 'reschedule', slotId = '') => {
    const params = { path: { meetingRequestId } };
    // No answer (offline) is said like a refusal: it threw before, and the button did nothing on screen.
    const result = await (
      action === 'cancel'
        ? api.POST('/meeting-requests/{meetingRequestId}/cancel', { params, headers: bearer(session.token) })
        : api.POST('/meeting-requests/{meetingRequestId}/reschedule', { params, headers: bearer(session.token), body: { slotId } })
    ).catch(() => noAnswer);
    setNotice((words) => (result.data ? words.t(action === 'cancel' ? 'meetings.cancelled' : 'meetings.moved') : problemText(words, asProblem(result.error, result.response.status))));
    await onChanged();
    // The entry whose button was pressed is gone or re-rendered at its new time: focus goes to what happened.
    focusAfterRender('agenda-notice');
    return result.data !== undefined;
  };

  const cancelButton = (meetingRequestId: string) => (
    <button type="button" class="button button--danger" onClick={() => act(meetingRequestId, 'cancel')}>{t('meetings.cancel')}</button>
  );

  return (
    <section aria-labelledby="agenda">
      <h2 id="agenda">{t('manage.agenda')}</h2>
      {notice ? <Notice kind="info" id="agenda-notice"><p dir="auto">{notice(i18n)}</p></Notice> : null}
      {agenda.entries.length === 0 ? <p>{t('manage.agendaEmpty')}</p> : null}
      <ul class="agenda">
        {agenda.entries.map((entry) => (
          <li key={entry.id} class="card">
            <p class="agenda__time">{format.timeRange(entry)}</p>
            {entry.kind === 'meeting' && entry.counterpart ? (
              <>
                <p>{i18n.tx('manage.meetingWith', { name: `${entry.counterpart.firstName} ${entry.counterpart.lastName}`, organisation: entry.counterpart.organisation })}</p>
                {entry.table !== undefined ? <p>{t('manage.table', { table: entry.table })}</p> : null}
                {/* Move offers the slots free for both (the API's answer), none where the organisers place the meetings. */}
                {event.participantsPickSlots !== false ? (
                  <MoveMeeting session={session} idPrefix={`move-${entry.id}`} counterpartId={entry.counterpart.registrationId} when={when}
                    onMove={(slotId) => act(entry.meetingRequestId!, 'reschedule', slotId)}>{cancelButton(entry.meetingRequestId!)}</MoveMeeting>
                ) : <div class="actions">{cancelButton(entry.meetingRequestId!)}</div>}
              </>
            ) : (
              <p><bdi>{programmeTitle(event, entry, language)}</bdi></p>
            )}
          </li>
        ))}
      </ul>
      <p><a class="button button--secondary" href={agenda.feedUrl} download>{t('manage.ics')}</a></p>
      <div class="field">
        <label for="feed-url">{t('manage.feed')}</label>
        <p class="field__hint" id="feed-help">{t('manage.feedHelp')}</p>
        <input id="feed-url" readOnly value={agenda.feedUrl} dir="ltr" aria-describedby="feed-help" onFocus={(e) => e.currentTarget.select()} />
      </div>
    </section>
  );
}

/** The details a person may correct themselves (never the email: docs/registrations.md). */
type Details = Pick<Registration, 'firstName' | 'lastName' | 'organisation' | 'country' | 'sectors'> & { jobTitle: string; phone: string; accessibilityNeeds: string };

const detailsOf = (registration: Registration): Details => ({
  firstName: registration.firstName, lastName: registration.lastName, organisation: registration.organisation, country: registration.country,
  sectors: registration.sectors, jobTitle: registration.jobTitle ?? '', phone: registration.phone ?? '', accessibilityNeeds: registration.accessibilityNeeds ?? '',
});

/**
 * Only the details changed are sent: an unchanged one is not checked again (a name the rules of its day
 * accepted does not block saving a new offer), and an emptied optional one is removed (`null`).
 */
function changedDetails(before: Details, after: Details): RegistrationUpdate {
  const changes: RegistrationUpdate = {};
  for (const field of ['firstName', 'lastName', 'organisation', 'country'] as const) if (after[field] !== before[field]) changes[field] = after[field];
  if (after.sectors.join() !== before.sectors.join()) changes.sectors = after.sectors;
  for (const field of ['jobTitle', 'phone', 'accessibilityNeeds'] as const) {
    if (after[field] === before[field]) continue;
    changes[field] = after[field].trim() === '' ? null : after[field];
  }
  return changes;
}

/** The edit form's "Saved" notice, focused after a save. */
const SAVED = 'manage-saved';

function EditSection({ session, registration, onChanged }: Omit<ViewProps, 'onEnded' | 'agenda'>) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { event } = useEvent(registration.eventId);
  const [details, setDetails] = useState<Details>(() => detailsOf(registration));
  const setDetail = <K extends keyof Details>(key: K) => (value: Details[K]) => setDetails((current) => ({ ...current, [key]: value }));
  const [offer, setOffer] = useState(registration.profile.offer);
  const [request, setRequest] = useState(registration.profile.request);
  const [programme, setProgramme] = useState(registration.programme);
  const [emailLanguage, setEmailLanguage] = useState<string>(registration.language);
  const [optIn, setOptIn] = useState(registration.directoryOptIn);
  const [digestOptIn, setDigestOptIn] = useState(registration.digestOptIn);
  const [offerTags, setOfferTags] = useState(registration.profile.offerTags);
  const [requestTags, setRequestTags] = useState(registration.profile.requestTags);
  const [preferences, setPreferences] = useState<Preferences>(registration.schedulingPreferences ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Problem>();
  if (!event) return null;
  const format = i18n.format(event.timeZone);

  const save = async (submitEvent: Event) => {
    submitEvent.preventDefault();
    setSaved(false);
    if (busy) return;
    setBusy(true);
    const { data, error, response } = await api.PATCH('/registrations/{registrationId}', {
      params: { path: { registrationId: registration.registrationId } },
      headers: bearer(session.token),
      body: {
        ...changedDetails(detailsOf(registration), details),
        profile: { offer, request, offerTags, requestTags },
        programme,
        language: emailLanguage as Language,
        directoryOptIn: optIn,
        digestOptIn,
        schedulingPreferences: preferencesToSend(preferences),
      },
    }).catch(() => noAnswer);
    setBusy(false);
    if (!data) {
      // A refusal naming no field (a programme item filled meanwhile, the registration cancelled elsewhere, no network) is said too.
      const refusal = formRefusal(asProblem(error, response.status));
      setErrors(refusal.errors);
      setFailure(refusal.failure);
      focusFirstError();
      return;
    }
    setErrors({});
    setFailure(undefined);
    setSaved(true);
    // At 360 px the Save button is thousands of pixels below the notice: focus goes to it, so it is seen and read out.
    focusAfterRender(SAVED);
    await onChanged();
  };
  const labels: Record<string, string> = {
    firstName: t('register.firstName'), lastName: t('register.lastName'), phone: t('register.phone'), organisation: t('register.organisation'),
    jobTitle: t('register.jobTitle'), country: t('register.country'), sectors: t('register.sectors'), accessibilityNeeds: t('register.accessibility'),
    'profile-offer': t('register.offer'),
    'profile-request': t('register.request'),
    'profile-offerTags': t('register.offerTags'),
    'profile-requestTags': t('register.requestTags'),
    programme: t('register.programme'),
    language: t('register.language'),
    ...preferenceLabels(t, preferences.keepFree?.length ?? 0),
  };

  return (
    <section aria-labelledby="edit">
      <h2 id="edit">{t('manage.edit')}</h2>
      <FormFailure problem={failure} />
      <ErrorSummary errors={errors} labels={labels} />
      {saved ? <Notice kind="success" id={SAVED}><p>{t('manage.saved')}</p></Notice> : null}
      <form onSubmit={save} noValidate>
        <fieldset>
          <legend>{t('manage.details')}</legend>
          <p class="field__hint">{t('manage.emailFixed')}</p>
          <TextField id="firstName" label={labels.firstName} required autocomplete="given-name" value={details.firstName} onValue={setDetail('firstName')} error={errors.firstName} />
          <TextField id="lastName" label={labels.lastName} required autocomplete="family-name" value={details.lastName} onValue={setDetail('lastName')} error={errors.lastName} />
          <TextField id="phone" type="tel" label={labels.phone} autocomplete="tel" value={details.phone} onValue={setDetail('phone')} error={errors.phone} />
          <TextField id="organisation" label={labels.organisation} required autocomplete="organization" value={details.organisation} onValue={setDetail('organisation')} error={errors.organisation} />
          <TextField id="jobTitle" label={labels.jobTitle} autocomplete="organization-title" value={details.jobTitle} onValue={setDetail('jobTitle')} error={errors.jobTitle} />
          <CountryField id="country" label={labels.country} required autocomplete="country" value={details.country} placeholder={t('register.country.choose')} onValue={setDetail('country')} error={errors.country} />
        </fieldset>
        <CheckboxGroup id="sectors" legend={labels.sectors} required selected={details.sectors} onChange={setDetail('sectors')} error={errors.sectors}
          options={event.sectors.map((sector) => ({ value: sector.id, label: sector.labels[language] }))} />
        <TextArea id="accessibilityNeeds" label={labels.accessibilityNeeds} value={details.accessibilityNeeds} maxLength={500} onValue={setDetail('accessibilityNeeds')} error={errors.accessibilityNeeds} />
        <TextArea id="profile-offer" label={labels['profile-offer']!} value={offer} maxLength={1000} onValue={setOffer} error={errors['profile-offer']} />
        <TagPicker id="profile-offerTags" legend={labels['profile-offerTags']!} tags={event.matchmakingTags} sectors={details.sectors} selected={offerTags} onChange={setOfferTags} error={errors['profile-offerTags']} />
        <TextArea id="profile-request" label={labels['profile-request']!} value={request} maxLength={1000} onValue={setRequest} error={errors['profile-request']} />
        <TagPicker id="profile-requestTags" legend={labels['profile-requestTags']!} tags={event.matchmakingTags} sectors={details.sectors} selected={requestTags} onChange={setRequestTags} error={errors['profile-requestTags']} />
        <CheckboxGroup id="programme" legend={labels.programme} selected={programme} onChange={setProgramme} error={errors.programme}
          options={programmeOptions(i18n, event, registration.programme)} />
        <SelectField id="language" label={labels.language!} required value={emailLanguage} options={languageCodes.map((code) => ({ value: code, label: t(`language.${code}`) }))} onValue={setEmailLanguage} error={errors.language} />
        <div class="choice">
          <input type="checkbox" id="directoryOptIn" checked={optIn} onChange={(e) => setOptIn(e.currentTarget.checked)} />
          <label for="directoryOptIn">{t('register.directoryOptIn')}</label>
        </div>
        <div class="choice">
          <input type="checkbox" id="digestOptIn" checked={digestOptIn} aria-describedby="digestOptIn-hint" onChange={(e) => setDigestOptIn(e.currentTarget.checked)} />
          <label for="digestOptIn">{t('register.digestOptIn')}<span class="choice__detail" id="digestOptIn-hint">{t('register.digestOptIn.hint')}</span></label>
        </div>
        <SchedulingPreferencesFields event={event} value={preferences} onChange={setPreferences} errors={errors} />
        <SubmitButton busy={busy} busyLabel={t('manage.saving')}>{t('common.save')}</SubmitButton>
      </form>
    </section>
  );
}

function EndSection({ session, registration, onEnded }: Omit<ViewProps, 'onChanged' | 'agenda'>) {
  const i18n = useI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState<'cancel' | 'erase'>();
  const [failure, setFailure] = useWording();

  const end = async (erase: boolean) => {
    const { data, error, response } = await api.DELETE('/registrations/{registrationId}', {
      params: { path: { registrationId: registration.registrationId }, query: { erase: erase ? 'true' : 'false' } },
      headers: bearer(session.token),
    }).catch(() => noAnswer);
    if (data !== undefined || ('ok' in response && response.ok)) onEnded(erase ? 'erased' : 'cancelled');
    else {
      setFailure((words) => problemText(words, asProblem(error, response.status)));
      focusAfterRender('end-failure');
    }
  };

  return (
    <section aria-labelledby="end">
      <h2 id="end">{t('manage.cancelHeading')}</h2>
      {failure ? <Notice kind="error" id="end-failure"><p>{failure(i18n)}</p></Notice> : null}
      <p>{t('manage.eraseWarning')}</p>
      {/* Keyed buttons: Preact must not reuse the pressed button's node for the next step's, which kept
          the focus on it (cancel → "Yes, cancel…": Enter twice cancelled). Focus moves to the step's safe
          choice (keep), and back to the button that asked when kept. */}
      {confirming ? (
        <div class="actions">
          <button key={`${confirming}-yes`} type="button" class="button button--danger" onClick={() => end(confirming === 'erase')}>{t(confirming === 'erase' ? 'manage.eraseConfirm' : 'manage.cancelConfirm')}</button>
          <button key={`${confirming}-keep`} id="end-keep" type="button" class="button button--secondary" onClick={() => { setConfirming(undefined); focusAfterRender(`end-${confirming}`); }}>{t(confirming === 'erase' ? 'manage.eraseKeep' : 'manage.cancelKeep')}</button>
        </div>
      ) : (
        <div class="actions">
          {registration.status !== 'cancelled' ? <button key="cancel" id="end-cancel" type="button" class="button button--secondary" onClick={() => { setConfirming('cancel'); focusAfterRender('end-keep'); }}>{t('manage.cancel')}</button> : null}
          <button key="erase" id="end-erase" type="button" class="button button--danger-outline" onClick={() => { setConfirming('erase'); focusAfterRender('end-keep'); }}>{t('manage.erase')}</button>
        </div>
      )}
    </section>
  );
}
