import { api, type Schemas } from '../../api/client';
import { useRef } from 'preact/hooks';
import { Loading, UnavailableNotice } from '../../components/layout';
import { useEvent } from '../../components/use-event';
import { adminCall, useAdminData } from '../../console/admin-call';
import { ConsoleLayout } from '../../console/console-layout';
import { sessionHeaders, type ConsoleSession } from '../../console/console-session';
import { ReadFailure } from '../../console/read-failure';
import { useVisiblePoll } from '../../console/use-visible-poll';
import { useI18n, type I18n } from '../../i18n/index';
import type { TextKey } from '../../i18n/web-catalogue';

const loadDashboard = (session: ConsoleSession) =>
  adminCall(() => api.GET('/admin/events/{eventId}/dashboard', { params: { path: { eventId: session.eventId } }, headers: sessionHeaders(session) }));

/** Check-ins move fast on the day; the figures come from counter items, so asking often costs little. */
const refreshMs = 15_000;

/**
 * The organiser's dashboard: registrations, check-ins, meetings, press and email problems, as
 * GET …/dashboard counts them, refreshed every 15 s while the page is visible.
 */
export function DashboardPage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  return <ConsoleLayout eventId={eventId} title={t('console.dashboard.title')}>{(session) => <Dashboard session={session} />}</ConsoleLayout>;
}

function Dashboard({ session }: { session: ConsoleSession }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { event } = useEvent(session.eventId);
  const outcome = useAdminData(session, loadDashboard, useVisiblePoll(refreshMs));
  // A refresh that fails keeps the last figures on screen, said to be so, rather than blanking them.
  const lastRead = useRef<Schemas['DashboardFigures'] | undefined>(undefined);
  if (outcome?.data) lastRead.current = outcome.data;
  const figures = outcome?.data ?? lastRead.current;
  if (!outcome || !event) return <Loading />;
  if (!figures) return <ReadFailure outcome={outcome} />;
  const format = i18n.format(event.timeZone);
  const sectorLabel = (id: string) => event.sectors.find((sector) => sector.id === id)?.labels[i18n.language] ?? id;
  const { registrations, meetings, press, emails } = figures;

  return (
    <>
      {outcome.data ? null : <UnavailableNotice what="refresh" onRetry={outcome.retry} />}
      {/* The time matters: after a failed refresh the figures on screen are the last ones read. */}
      <p class="muted" id="dashboard-generated-at">{t('console.dashboard.generatedAt', { date: format.dateAt(figures.generatedAt), time: format.timeAt(figures.generatedAt) })}</p>
      <Figures
        id="registrations"
        heading={t('console.dashboard.registrations')}
        values={[
          ['console.status.confirmed', registrations.byStatus.confirmed],
          ['console.status.waitlisted', registrations.byStatus.waitlisted],
          ['console.status.cancelled', registrations.byStatus.cancelled],
          ['console.dashboard.checkedIn', registrations.checkedIn],
        ]}
      />
      <Figures
        id="meetings"
        heading={t('console.dashboard.meetings')}
        values={[
          ['console.meetings.requested', meetings.requested],
          ['console.meetings.accepted', meetings.byStatus.accepted],
          ['console.meetings.confirmed', meetings.byStatus.confirmed],
        ]}
      />
      <Figures id="press" heading={t('console.dashboard.press')} values={[['console.press.pending', press.pending], ['console.press.approved', press.approved]]} />
      <Figures
        id="emails"
        heading={t('console.dashboard.emails')}
        values={[
          ['console.emails.bounced', emails.bounced],
          ['console.emails.complained', emails.complained],
          ['console.emails.failed', emails.failed],
        ]}
      />
      <h2 id="breakdowns">{t('console.dashboard.breakdowns')}</h2>
      <Counts caption={t('console.dashboard.bySector')} rows={registrations.bySector.map(({ key, count }) => [sectorLabel(key), count])} i18n={i18n} />
      <Counts caption={t('console.dashboard.byCountry')} rows={registrations.byCountry.map(({ key, count }) => [format.country(key), count])} i18n={i18n} />
      <Counts caption={t('console.dashboard.byType')} rows={registrations.byParticipantType.map(({ key, count }) => [i18n.email(`meeting.participantType.${key}`), count])} i18n={i18n} />
    </>
  );
}

/** A headline group: a heading and its figures, each labelled (a <dl>, so screen readers pair them). */
function Figures({ id, heading, values }: { id: string; heading: string; values: [TextKey, number][] }) {
  const i18n = useI18n();
  return (
    <section aria-labelledby={`figures-${id}`}>
      <h2 id={`figures-${id}`}>{heading}</h2>
      <dl class="figures" data-figures={id}>
        {values.map(([label, value]) => (
          <div key={label} data-figure={label}>
            <dt>{i18n.t(label)}</dt>
            <dd>{i18n.number(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Counts({ caption, rows, i18n }: { caption: string; rows: [string, number][]; i18n: I18n }) {
  return (
    <div class="table-scroll">
      <table class="counts">
        <caption>{caption}</caption>
        <thead>
          <tr><th scope="col">{i18n.t('console.dashboard.name')}</th><th scope="col" class="count">{i18n.t('console.dashboard.count')}</th></tr>
        </thead>
        <tbody>
          {rows.length === 0 ? <tr><td colSpan={2}>{i18n.t('console.dashboard.none')}</td></tr> : null}
          {rows.map(([name, count]) => (
            <tr key={name}><th scope="row"><bdi>{name}</bdi></th><td class="count">{i18n.number(count)}</td></tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
