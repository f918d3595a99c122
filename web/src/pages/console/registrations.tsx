import { useEffect, useState } from 'preact/hooks';
import { api, type EventView, type Schemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { SelectField, TextField } from '../../components/fields';
import { Loading, Notice, UnavailableNotice } from '../../components/layout';
import { participantTypeOptions } from '../../components/options';
import { CountryField } from '../../components/country-field';
import { useEvent } from '../../components/use-event';
import { adminCall, couldNotLoad, useAdminData } from '../../console/admin-call';
import { usePagedAdminData, type PagedList } from '../../console/paged-admin-data';
import { ShowMore } from '../../console/show-more';
import { ConsoleLayout } from '../../console/console-layout';
import { registrationName, registrationStatus } from '../../console/erased-labels';
import { sessionEnded, sessionHeaders, type ConsoleSession } from '../../console/console-session';
import { useI18n, type I18n } from '../../i18n/index';
import { useRememberedState } from '../../components/remembered-state';
import type { TextKey } from '../../i18n/web-catalogue';

type Filters = { status: string; country: string; sector: string; participantType: string };
type Registration = Schemas['AdminRegistration'];
const noFilters: Filters = { status: '', country: '', sector: '', participantType: '' };
const statuses = ['confirmed', 'waitlisted', 'cancelled'] as const;

type ListQuery = NonNullable<operations['listAdminRegistrations']['parameters']['query']>;

/** Only the filters that are set, as the list route's query (the selects offer only values the route accepts); a search from 2 characters. */
const queryOf = (filters: Filters, search = '') => {
  const q = search.trim();
  return { ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')), ...(q.length >= 2 ? { q } : {}) } as ListQuery;
};

/** The export formats the registrations route serves, by the Accept header it asks with. */
const exportTypes = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** Waiting this long after the last keystroke before searching keeps the reads to one per pause, not one per key (docs/organisers.md, "Search"). */
const searchDelayMs = 300;

/** `value`, once it has stopped changing for `delayMs`. */
function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

/** Registrations: filters, a page at a time, CSV export of the filtered list, and the export log (who exported what, when). */
export function RegistrationsPage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  return <ConsoleLayout eventId={eventId} title={t('console.registrations.title')}>{(session) => <Registrations session={session} />}</ConsoleLayout>;
}

function Registrations({ session }: { session: ConsoleSession }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { event } = useEvent(session.eventId);
  // Kept in the history entry: Back from a registration's detail finds the list as the organiser left it.
  const [draft, setDraft] = useRememberedState<Filters>('registrations.draft', noFilters);
  const [filters, setFilters] = useRememberedState<Filters>('registrations.filters', noFilters);
  const [typed, setTyped] = useRememberedState('registrations.search', '');
  const search = useSettled(typed, searchDelayMs);
  const [exports, setExports] = useState(0);
  const [failed, setFailed] = useState(false);
  const list = usePagedAdminData(
    session,
    (current, cursor) =>
      adminCall(() =>
        api.GET('/admin/events/{eventId}/registrations', {
          params: { path: { eventId: current.eventId }, query: { ...queryOf(filters, search), limit: 100, ...(cursor ? { cursor } : {}) } },
          headers: { ...sessionHeaders(current), accept: 'application/json' },
        }),
      ),
    (registration) => registration.registrationId,
    // A superseded search's answer is dropped (useAdminData keeps only the latest).
    JSON.stringify(queryOf(filters, search)),
  );
  if (!event) return <Loading />;

  const exportAs = async (format: keyof typeof exportTypes) => {
    setFailed(false);
    const query = new URLSearchParams(queryOf(filters, search) as Record<string, string>).toString();
    const response = await fetch(`/api/admin/events/${session.eventId}/registrations${query ? `?${query}` : ''}`, { headers: { ...sessionHeaders(session), accept: exportTypes[format] } });
    if (response.status === 401) return sessionEnded();
    if (!response.ok) return setFailed(true);
    download(await response.blob(), `registrations-${session.eventId}.${format}`);
    setExports((count) => count + 1);
  };

  // Every confirmed attendee's badge (not the filtered list), printed in the console's language.
  const downloadBadges = async () => {
    setFailed(false);
    const response = await fetch(`/api/admin/events/${session.eventId}/badges.pdf?language=${i18n.language}`, { headers: sessionHeaders(session) });
    if (response.status === 401) return sessionEnded();
    if (!response.ok) return setFailed(true);
    download(await response.blob(), `badges-${session.eventId}-${i18n.language}.pdf`);
  };

  return (
    <>
      <div role="search">
        <TextField id="search" type="search" label={t('console.registrations.search')} hint={t('console.registrations.searchHint')} value={typed} onValue={setTyped} />
      </div>
      <form class="filters" onSubmit={(submitted) => { submitted.preventDefault(); setFilters(draft); }}>
        <FilterFields draft={draft} setDraft={setDraft} event={event} i18n={i18n} />
        <button type="submit" class="button button--secondary">{t('console.registrations.apply')}</button>
      </form>
      <div class="actions">
        <button type="button" class="button button--primary" onClick={() => exportAs('csv')}>{t('console.registrations.export')}</button>
        <button type="button" class="button button--secondary" onClick={() => exportAs('xlsx')}>{t('console.registrations.exportXlsx')}</button>
        <button type="button" class="button button--secondary" onClick={downloadBadges}>{t('console.registrations.badges')}</button>
      </div>
      {failed ? <Notice kind="error"><p>{t('common.error')}</p></Notice> : null}
      {!list.first ? <Loading /> : couldNotLoad(list.first) ? <UnavailableNotice onRetry={list.first.retry} /> : <RegistrationTable list={list} event={event} i18n={i18n} base={`/${i18n.language}/events/${session.eventId}/console/registrations`} />}
      <ExportLog session={session} version={exports} event={event} />
    </>
  );
}

function FilterFields({ draft, setDraft, event, i18n }: { draft: Filters; setDraft: (filters: Filters) => void; event: EventView; i18n: I18n }) {
  const { t } = i18n;
  const all = t('console.registrations.all');
  return (
    <>
      <SelectField id="filter-status" label={t('console.registrations.status')} value={draft.status} placeholder={all} options={statuses.map((status) => ({ value: status, label: t(`console.registration.status.${status}`) }))} onValue={(status) => setDraft({ ...draft, status })} />
      <CountryField id="filter-country" label={t('console.registrations.country')} value={draft.country} placeholder={all} onValue={(country) => setDraft({ ...draft, country })} />
      <SelectField id="filter-sector" label={t('console.registrations.sector')} value={draft.sector} placeholder={all} options={event.sectors.map((sector) => ({ value: sector.id, label: sector.labels[i18n.language] }))} onValue={(sector) => setDraft({ ...draft, sector })} />
      <SelectField id="filter-type" label={t('console.registrations.type')} value={draft.participantType} placeholder={all} options={participantTypeOptions(i18n)} onValue={(participantType) => setDraft({ ...draft, participantType })} />
    </>
  );
}

function RegistrationTable({ list, event, i18n, base }: { list: PagedList<Registration>; event: EventView; i18n: I18n; base: string }) {
  const { t } = i18n;
  const format = i18n.format(event.timeZone);
  return (
    <>
    <div class="table-scroll" id="registrations" tabIndex={0} role="region" aria-labelledby="registrations-caption">
      <table class="counts registrations">
        <caption id="registrations-caption">{i18n.plural('console.registrations.shown', list.items.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.dashboard.name')}</th>
            <th scope="col">{t('console.registrations.organisation')}</th>
            <th scope="col">{t('console.registrations.country')}</th>
            <th scope="col">{t('console.registrations.status')}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((registration) => (
            <tr key={registration.registrationId} data-registration={registration.registrationId}>
              <th scope="row"><a href={`${base}/${registration.registrationId}`}><bdi>{registrationName(i18n, registration)}</bdi></a></th>
              <td><bdi>{registration.organisation}</bdi></td>
              <td>{format.country(registration.country)}</td>
              <td>{registrationStatus(i18n, registration)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
    <ShowMore list={list} listId="registrations" />
    </>
  );
}

function ExportLog({ session, version, event }: { session: ConsoleSession; version: number; event: EventView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const log = useAdminData(
    session,
    (current) => adminCall(() => api.GET('/admin/events/{eventId}/exports', { params: { path: { eventId: current.eventId }, query: { limit: 100 } }, headers: sessionHeaders(current) })),
    version,
  );
  const format = i18n.format('UTC');
  return (
    <section aria-labelledby="export-log">
      <h2 id="export-log">{t('console.registrations.log')}</h2>
      {log && couldNotLoad(log) ? <UnavailableNotice onRetry={log.retry} /> : !log?.data ? <Loading /> : log.data.items.length === 0 ? <p>{t('console.registrations.noExport')}</p> : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="export-log">
          <table class="counts export-log">
            <thead>
              <tr>
                <th scope="col">{t('console.registrations.when')}</th>
                <th scope="col">{t('console.registrations.what')}</th>
                <th scope="col">{t('console.registrations.who')}</th>
                <th scope="col" class="count">{t('console.registrations.rows')}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.items.map((entry) => (
                <tr key={entry.exportId}>
                  <td>{`${format.dateAt(entry.at)} ${format.timeAt(entry.at)} (${format.utcOffset(entry.at)})`}</td>
                  <td>{exportedWhat(entry, event, i18n)}</td>
                  <td><bdi dir="ltr">{entry.sessionId ? t('console.registrations.bySession', { key: entry.keyId }) : entry.keyId}</bdi></td>
                  <td class="count">{i18n.number(entry.rows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type ExportEntry = Schemas['ExportLogEntry'];

/** A registration filter's label and how its value reads (ids turned into the names the filters offer). */
const registrationFilterText: Readonly<Record<string, { label: TextKey; value: (value: string, event: EventView, i18n: I18n) => string }>> = {
  status: { label: 'console.registrations.status', value: (value, _event, i18n) => (statuses as readonly string[]).includes(value) ? i18n.t(`console.registration.status.${value as Registration['status']}`) : value },
  country: { label: 'console.registrations.country', value: (value, event, i18n) => i18n.format(event.timeZone).country(value) },
  sector: { label: 'console.registrations.sector', value: (value, event, i18n) => event.sectors.find((sector) => sector.id === value)?.labels[i18n.language] ?? value },
  participantType: { label: 'console.registrations.type', value: (value, _event, i18n) => i18n.email(`meeting.participantType.${value}`) },
  cluster: { label: 'console.registrations.cluster', value: (value, event) => event.clusters.find((cluster) => cluster.id === value)?.name ?? value },
  q: { label: 'console.registrations.searched', value: (value) => `“${value}”` },
};

/** "Registrations (Excel) · Country: Tunisia" in the console's language; a filter of another list keeps its own name and value. */
function exportedWhat(entry: ExportEntry, event: EventView, i18n: I18n): string {
  const list = i18n.t(`console.registrations.list.${entry.list}`);
  const filters = Object.entries(entry.filter).map(([name, value]) => {
    const text = entry.list === 'registrations' ? registrationFilterText[name] : name === 'status' ? { label: 'console.registrations.status' as const, value: (raw: string) => raw } : undefined;
    return text ? i18n.t('console.registrations.filterIs', { name: i18n.t(text.label), value: text.value(value, event, i18n) }) : `${name}=${value}`;
  });
  return [entry.format === 'xlsx' ? i18n.t('console.registrations.asXlsx', { list }) : list, ...filters].join(' · ');
}

/** Saves a file the browser received (the CSV was fetched with the session header, so a plain link cannot do it). */
function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
