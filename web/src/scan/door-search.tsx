import { useState } from 'preact/hooks';
import { api, asProblem, bearer, type Problem, type Schemas } from '../api/client';
import { TextField } from '../components/fields';
import { problemText } from '../failures/problem-text';
import { useI18n } from '../i18n/index';
import { checkInMoment } from './check-in-moment';
import type { ScanAnswer } from './send-scan';

type Found = Schemas['DoorSearchResult']['items'][number];
type Search = { kind: 'found'; items: Found[]; more: boolean } | { kind: 'problem'; problem: Problem } | { kind: 'offline' } | { kind: 'tooShort' };

/** The API refuses a shorter search (shared/api/check-in-api.ts), so the page says so instead of asking; the field's hint and `scan.search.tooShort` say 2. */
const shortestSearch = 2;

const searchField = 'door-search';

/**
 * Back to the search field, its words selected: the next person's name replaces them as it is typed. Without scrolling:
 * the scan's answer, above, is being brought into view (ScanResult), and typing brings the field back.
 */
function focusSearchField(): void {
  requestAnimationFrame(() => {
    const field = document.getElementById(searchField) as HTMLInputElement | null;
    field?.focus({ preventScroll: true });
    field?.select();
  });
}

async function searchDoor(eventId: string, key: string, q: string): Promise<Search> {
  try {
    const { data, error, response } = await api.GET('/admin/events/{eventId}/check-ins', { params: { path: { eventId }, query: { q } }, headers: bearer(key) });
    return data ? { kind: 'found', ...data } : { kind: 'problem', problem: asProblem(error, response.status) };
  } catch {
    return { kind: 'offline' };
  }
}

/**
 * The door's search for someone without their ticket (docs/check-in.md): name, organisation or email,
 * a short list with each person's state, and "Check in" on those who may come in. The check-in goes
 * through the scanner's queue (`checkIn`), so it answers in the scan result and waits offline like a scan.
 */
export function DoorSearch({ eventId, staffKey, timeZone, checkIn }: { eventId: string; staffKey: string; timeZone: string | undefined; checkIn: (registrationId: string) => Promise<ScanAnswer> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [q, setQ] = useState('');
  const [search, setSearch] = useState<Search>();
  const [queued, setQueued] = useState<ReadonlySet<string>>(new Set());

  const checkInFound = async (person: Found) => {
    const answer = await checkIn(person.registrationId);
    if (answer.kind === 'offline') setQueued((ids) => new Set([...ids, person.registrationId]));
    if (answer.kind === 'result' && search?.kind === 'found') {
      const { status } = answer.result.attendee;
      const checkedInAt = answer.result.checkedInAt;
      const updated = { ...person, status, ...(checkedInAt ? { checkedInAt } : {}) };
      setSearch({ ...search, items: search.items.map((item) => (item.registrationId === person.registrationId ? updated : item)) });
    }
    focusSearchField();
  };

  const state = (person: Found) => {
    if (person.status !== 'confirmed') return t(`scan.notAdmitted.${person.status}`);
    if (person.checkedInAt) {
      const when = checkInMoment(i18n, timeZone, person.checkedInAt);
      return when.date ? t('scan.search.checkedInOn', { time: when.time, date: when.date }) : t('scan.search.checkedInAt', when);
    }
    return queued.has(person.registrationId) ? t('scan.search.queued') : t('scan.search.notYet');
  };
  const admissible = (person: Found) => person.status === 'confirmed' && !person.checkedInAt && !queued.has(person.registrationId);

  return (
    <section class="door-search" aria-labelledby="door-search-heading">
      <h2 id="door-search-heading">{t('scan.search.title')}</h2>
      <form
        role="search"
        aria-labelledby="door-search-heading"
        onSubmit={(event) => {
          event.preventDefault();
          if (q.trim() === '') return;
          if (q.trim().length < shortestSearch) return setSearch({ kind: 'tooShort' });
          void searchDoor(eventId, staffKey, q.trim()).then(setSearch);
        }}
      >
        <TextField id={searchField} type="search" label={t('scan.search.label')} hint={t('scan.search.help')} required value={q} onValue={setQ} autocomplete="off" />
        <p class="actions"><button type="submit" class="button">{t('scan.search.submit')}</button></p>
      </form>
      <p role="status" class="door-search__status">
        {search?.kind === 'offline' ? t('scan.search.offline') : null}
        {search?.kind === 'tooShort' ? t('scan.search.tooShort') : null}
        {search?.kind === 'problem' ? t('scan.refused', { detail: problemText(i18n, search.problem) }) : null}
        {search?.kind === 'found' ? (search.items.length === 0 ? t('scan.search.none') : t('scan.search.found', { count: search.items.length })) : null}
        {search?.kind === 'found' && search.more ? ` ${t('scan.search.more', { count: search.items.length })}` : null}
      </p>
      {search?.kind === 'found' && search.items.length > 0 ? (
        <ul class="door-results">
          {search.items.map((person) => (
            <li key={person.registrationId} class="door-result" data-registration-id={person.registrationId}>
              <p class="door-result__name" id={`found-${person.registrationId}`}><bdi>{person.firstName} {person.lastName}</bdi></p>
              {person.organisation ? <p class="door-result__organisation"><bdi>{person.organisation}</bdi></p> : null}
              <p class={`door-result__state door-result__state--${admissible(person) ? 'open' : person.status === 'confirmed' ? 'done' : 'stop'}`}>{state(person)}</p>
              {admissible(person) ? (
                <button type="button" class="button button--primary" aria-describedby={`found-${person.registrationId}`} onClick={() => void checkInFound(person)}>
                  {t('scan.search.checkIn')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
