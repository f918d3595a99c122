import { useEffect, useState } from 'preact/hooks';
import { api, asProblem, fieldErrors } from '../../api/client';
import { ErrorSummary, FieldError, TextField } from '../../components/fields';
import { Loading, Notice } from '../../components/layout';
import { adminCall, useAdminData } from '../../console/admin-call';
import { ConsoleLayout } from '../../console/console-layout';
import { sessionHeaders, type ConsoleSession } from '../../console/console-session';
import { useI18n } from '../../i18n/index';

const loadDefinition = (session: ConsoleSession) =>
  adminCall(() => api.GET('/admin/events/{eventId}', { params: { path: { eventId: session.eventId } }, headers: sessionHeaders(session) }));

/** Event settings: capacity, meeting tables per slot, registration open or closed; the API validates and its errors are shown by field. */
export function SettingsPage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  return <ConsoleLayout eventId={eventId} title={t('console.settings.title')}>{(session) => <Settings session={session} />}</ConsoleLayout>;
}

interface Form {
  capacity: string;
  tablesPerSlot: string;
  closed: boolean;
}

/** An empty or non-numeric entry becomes NaN, which JSON sends as null: the API then names the field (its validation, not a copy of it here). */
const asNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

const changeOf = (form: Form) => ({ capacity: asNumber(form.capacity), registration: { closed: form.closed }, meetings: { tablesPerSlot: asNumber(form.tablesPerSlot) } });

function Settings({ session }: { session: ConsoleSession }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const outcome = useAdminData(session, loadDefinition, version);
  const [form, setForm] = useState<Form>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    const definition = outcome?.data;
    if (definition) setForm({ capacity: String(definition.capacity), tablesPerSlot: String(definition.meetings.tablesPerSlot), closed: definition.registration.closed ?? false });
  }, [outcome]);

  if (!outcome || !form) return outcome && !outcome.data ? <Notice kind="error"><p>{t('common.error')}</p></Notice> : <Loading />;

  const labels = { capacity: t('console.settings.capacity'), 'meetings-tablesPerSlot': t('console.settings.tables'), 'registration-closed': t('console.settings.closed') };
  const save = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    setFailure(undefined);
    const result = await adminCall(() => api.PATCH('/admin/events/{eventId}', { params: { path: { eventId: session.eventId } }, headers: sessionHeaders(session), body: changeOf(form) }));
    if (result.data) {
      setErrors({});
      setSaved(true);
      setVersion((current) => current + 1);
      return;
    }
    const problem = asProblem(result.error, result.status);
    setErrors(fieldErrors(problem));
    if (!problem.errors?.length) setFailure(problem.detail ?? problem.title);
    requestAnimationFrame(() => document.getElementById('error-summary')?.focus());
  };

  return (
    <form onSubmit={save} noValidate>
      {saved ? <Notice kind="success"><p>{t('console.settings.saved')}</p></Notice> : null}
      {failure ? <Notice kind="error"><p dir="auto">{failure}</p></Notice> : null}
      <ErrorSummary errors={errors} labels={labels} />
      <TextField id="capacity" type="number" required label={labels.capacity} error={errors.capacity} value={form.capacity} onValue={(capacity) => setForm({ ...form, capacity })} />
      <TextField id="meetings-tablesPerSlot" type="number" required label={labels['meetings-tablesPerSlot']} error={errors['meetings-tablesPerSlot']} value={form.tablesPerSlot} onValue={(tablesPerSlot) => setForm({ ...form, tablesPerSlot })} />
      <div class={errors['registration-closed'] ? 'choice field--invalid' : 'choice'}>
        <input id="registration-closed" type="checkbox" checked={form.closed} onChange={(event) => setForm({ ...form, closed: event.currentTarget.checked })} aria-describedby={errors['registration-closed'] ? 'registration-closed-error' : undefined} />
        <label for="registration-closed">{labels['registration-closed']}</label>
      </div>
      <FieldError id="registration-closed" error={errors['registration-closed']} />
      <div class="actions">
        <button type="submit" class="button button--primary">{t('common.save')}</button>
      </div>
    </form>
  );
}
