import { useEffect, useRef, useState } from 'preact/hooks';
import { api, asProblem, fieldErrors, type Problem, type Schemas } from '../../api/client';
import { ErrorSummary, FieldError, TextField } from '../../components/fields';
import { Loading, Notice } from '../../components/layout';
import { adminCall, useAdminData } from '../../console/admin-call';
import { ReadFailure } from '../../console/read-failure';
import { ConsoleLayout } from '../../console/console-layout';
import { sessionHeaders, type ConsoleSession } from '../../console/console-session';
import { problemText } from '../../failures/problem-text';
import { useI18n, type I18n } from '../../i18n/index';
import { SlotEditor } from './settings-slots';
import { slotDraft, slotName, slotOfDraft, type SlotDraft } from './slot-drafts';
import { useWording } from '../../components/wording-state';

type Definition = Schemas['EventDefinition'];

const loadDefinition = (session: ConsoleSession) =>
  adminCall(() => api.GET('/admin/events/{eventId}', { params: { path: { eventId: session.eventId } }, headers: sessionHeaders(session) }));

/** Event settings: capacity, programme places, meeting slots and tables, registration open or closed; the API validates and its errors are shown by field. */
export function SettingsPage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  return <ConsoleLayout eventId={eventId} title={t('console.settings.title')}>{(session) => <Settings session={session} />}</ConsoleLayout>;
}

interface Form {
  capacity: string;
  tablesPerSlot: string;
  closed: boolean;
  /** Places per programme item id; empty: no limit. */
  places: Record<string, string>;
  slots: SlotDraft[];
}

/** An empty or non-numeric entry becomes NaN, which JSON sends as null: the API then names the field (its validation, not a copy of it here). */
const asNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

const formOf = (definition: Definition): Form => ({
  capacity: String(definition.capacity),
  tablesPerSlot: String(definition.meetings.tablesPerSlot),
  closed: definition.registration.closed ?? false,
  places: Object.fromEntries(definition.programme.map((item) => [item.id, item.capacity === undefined ? '' : String(item.capacity)])),
  slots: definition.meetings.slots.map((slot) => slotDraft(slot, definition.timeZone)),
});

const changeOf = (form: Form, timeZone: string) => ({
  capacity: asNumber(form.capacity),
  registration: { closed: form.closed },
  programme: Object.fromEntries(Object.entries(form.places).map(([id, places]) => [id, places.trim() === '' ? null : asNumber(places)])),
  meetings: { tablesPerSlot: asNumber(form.tablesPerSlot), slots: form.slots.filter((slot) => !slot.remove).map((slot) => slotOfDraft(slot, timeZone)) },
});

/**
 * The API names slots by their index in what was sent (removed ones left out); the form's fields
 * follow the rows on screen. A slot's own rule (start before end) is shown at its end time; a slot
 * named by id in a message is named as the form names it (`slotName`).
 */
function onScreenPaths(problem: Problem, form: Form, i18n: I18n, timeZone: string): Problem {
  const rows = form.slots.flatMap((slot, row) => (slot.remove ? [] : [row]));
  // A refused removal names the slot by its id, which the form does not show: it gets the slot's name on screen.
  const named = (message: string) =>
    message.replace(/^slot (\S+) (?=\()/, (whole, id: string) => {
      const row = form.slots.findIndex((slot) => slot.id === id);
      return row < 0 ? whole : `slot ${slotName(form.slots[row]!, row, i18n, timeZone)} `;
    });
  const errors = problem.errors?.map((error) => {
    const found = /^meetings\.slots\.(\d+)(?:\.(start|end))?$/.exec(error.path);
    return found ? { ...error, path: `meetings.slots.${rows[Number(found[1])] ?? found[1]}.${found[2] ?? 'end'}` } : { ...error, message: named(error.message) };
  });
  return { ...problem, ...(errors ? { errors } : {}) };
}

function Settings({ session }: { session: ConsoleSession }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [version, setVersion] = useState(0);
  const outcome = useAdminData(session, loadDefinition, version);
  const [form, setForm] = useState<Form>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useWording();

  // After a save the definition is read again (the server may have normalised it); an edit typed
  // while that read was on its way wins over it, instead of being overwritten when it lands.
  const editedSinceSave = useRef(false);
  const edit = (next: Form) => {
    editedSinceSave.current = true;
    setForm(next);
  };
  useEffect(() => {
    if (outcome?.data && !editedSinceSave.current) setForm(formOf(outcome.data));
  }, [outcome]);

  if (!outcome || !form) return outcome && !outcome.data ? <ReadFailure outcome={outcome} /> : <Loading />;

  const definition = outcome.data!;
  const labels = labelsOf(definition, form, i18n);
  const save = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    setFailure(undefined);
    editedSinceSave.current = false;
    const result = await adminCall(() => api.PATCH('/admin/events/{eventId}', { params: { path: { eventId: session.eventId } }, headers: sessionHeaders(session), body: changeOf(form, definition.timeZone) }));
    if (result.data) {
      setErrors({});
      setSaved(true);
      setVersion((current) => current + 1);
      return;
    }
    const problem = onScreenPaths(asProblem(result.error, result.status), form, i18n, definition.timeZone);
    setErrors(fieldErrors(problem));
    if (!problem.errors?.length) setFailure((words) => problemText(words, problem));
    requestAnimationFrame(() => document.getElementById('error-summary')?.focus());
  };

  return (
    <form onSubmit={save} noValidate>
      {saved ? <Notice kind="success"><p>{t('console.settings.saved')}</p></Notice> : null}
      {failure ? <Notice kind="error"><p dir="auto">{failure(i18n)}</p></Notice> : null}
      <ErrorSummary errors={errors} labels={labels} />
      <TextField id="capacity" type="number" required label={labels.capacity} error={errors.capacity} value={form.capacity} onValue={(capacity) => edit({ ...form, capacity })} />
      <div class={errors['registration-closed'] ? 'choice field--invalid' : 'choice'}>
        <input id="registration-closed" type="checkbox" checked={form.closed} onChange={(event) => edit({ ...form, closed: event.currentTarget.checked })} aria-describedby={errors['registration-closed'] ? 'registration-closed-error' : undefined} />
        <label for="registration-closed">{labels['registration-closed']}</label>
      </div>
      <FieldError id="registration-closed" error={errors['registration-closed']} />
      <fieldset>
        <legend>{t('console.settings.places')}</legend>
        <p class="field__hint">{t('console.settings.placesHint')}</p>
        {definition.programme.map((item) => (
          <TextField key={item.id} id={`programme-${item.id}`} type="number" label={labels[`programme-${item.id}`]} error={errors[`programme-${item.id}`]} value={form.places[item.id] ?? ''} onValue={(places) => edit({ ...form, places: { ...form.places, [item.id]: places } })} />
        ))}
      </fieldset>
      <TextField id="meetings-tablesPerSlot" type="number" required label={labels['meetings-tablesPerSlot']} error={errors['meetings-tablesPerSlot']} value={form.tablesPerSlot} onValue={(tablesPerSlot) => edit({ ...form, tablesPerSlot })} />
      <SlotEditor drafts={form.slots} errors={errors} i18n={i18n} timeZone={definition.timeZone} onChange={(slots) => edit({ ...form, slots })} />
      <div class="actions">
        <button type="submit" class="button button--primary">{t('common.save')}</button>
      </div>
    </form>
  );
}

/** The error summary's name for each field id. */
function labelsOf(definition: Definition, form: Form, i18n: I18n): Record<string, string> {
  const { t, language } = i18n;
  const format = i18n.format(definition.timeZone);
  return {
    capacity: t('console.settings.capacity'),
    'meetings-tablesPerSlot': t('console.settings.tables'),
    'registration-closed': t('console.settings.closed'),
    'meetings-slots': t('console.settings.slots'),
    // Named with its times: an event holds items of one title on several days (TechDays' two "B2B meetings"), and two
    // fields named alike could not be told apart, heard or seen.
    ...Object.fromEntries(definition.programme.map((item) => [`programme-${item.id}`, t('console.settings.placesOf', { item: `${item.title[language]} (${format.timeRange(item)})` })])),
    ...Object.fromEntries(
      form.slots.flatMap((draft, row) => {
        const slot = slotName(draft, row, i18n, definition.timeZone);
        return [
          [`meetings-slots-${row}-start`, t('console.settings.slotStart', { slot })],
          [`meetings-slots-${row}-end`, t('console.settings.slotEnd', { slot })],
        ];
      }),
    ),
  };
}
