import { useEffect, useState } from 'preact/hooks';
import { api, type EventView, type Problem, type Schemas } from '../../api/client';
import { focusAfterRender } from '../../components/focus';
import { Loading, Notice, UnavailableNotice } from '../../components/layout';
import { useEvent } from '../../components/use-event';
import { adminCall } from '../../console/admin-call';
import { ConsoleLayout } from '../../console/console-layout';
import { sessionHeaders, type ConsoleSession } from '../../console/console-session';
import { problemText } from '../../failures/problem-text';
import { useI18n } from '../../i18n/index';
import { ParticipantSchedule } from './schedule-participant';
import { UnplacedReason } from './unplaced-reason';
import { useWording } from '../../components/wording-state';
import { useBookedMeetings, withBooked, type SchedulePlacement } from '../../console/booked-meetings';

type Run = Schemas['ScheduleRun'];

const pollEveryMs = 1_000;
/** The API's default search budget; a shorter one would give worse schedules, a longer one a slower preview. */
const timeLimitMs = 5_000;

/**
 * "Schedule all": a preview of every accepted meeting as a slot × table grid and per participant
 * (meetings, breaks, what could not be placed and why), then publish (in the background) with its progress. The API computes; this page
 * shows (docs/scheduling-runs.md).
 */
export function SchedulePage({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  return <ConsoleLayout eventId={eventId} title={t('console.schedule.title')}>{(session) => <Schedule session={session} />}</ConsoleLayout>;
}

function Schedule({ session }: { session: ConsoleSession }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { event } = useEvent(session.eventId);
  const [run, setRun] = useState<Run>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useWording();
  const path = { eventId: session.eventId };

  const preview = async () => {
    // aria-disabled, not disabled, while the preview is computed: a disabled button loses the focus, which fell
    // to <body>, so a keyboard user met the preview from the skip link, through the console's navigation.
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    // Same seed, same schedule: "Preview again" tries the next seed, for another schedule of the same quality bar.
    const seed = (run?.seed ?? 0) + 1;
    const result = await adminCall(() => api.POST('/admin/events/{eventId}/schedule', { params: { path }, headers: sessionHeaders(session), body: { seed, timeLimitMs } }));
    setBusy(false);
    if (result.data) setRun(result.data);
    else setFailure((words) => problemText(words, result.error as Problem | undefined));
  };

  const publish = async (current: Run) => {
    const result = await adminCall(() =>
      api.POST('/admin/events/{eventId}/schedule/{runId}/publish', { params: { path: { ...path, runId: current.runId } }, headers: sessionHeaders(session) }),
    );
    if (result.data) {
      setRun({ ...result.data, placements: current.placements });
      // Preview and Publish go away with the "ready" run: focus goes to the progress that replaces them.
      focusAfterRender('publish-progress-region');
    } else setFailure((words) => problemText(words, result.error as Problem | undefined));
  };

  usePublishProgress(session, run, setRun);
  const { booked, unread: bookedUnread, retry: readBookedAgain } = useBookedMeetings(session, run?.runId, run?.status === 'published');
  useRunInAddress(session, run, setRun, (problem) => setFailure((words) => problemText(words, problem)));

  if (!event) return <Loading />;
  return (
    <>
      <p>{t('console.schedule.intro')}</p>
      {failure ? <Notice kind="error"><p dir="auto">{failure(i18n)}</p></Notice> : null}
      {run?.status === 'ready' || run === undefined ? (
        <div class="actions">
          <button type="button" class="button button--secondary" aria-disabled={busy ? 'true' : undefined} onClick={preview}>{t(run ? 'console.schedule.again' : 'console.schedule.preview')}</button>
          {run && run.counts.planned > 0 ? <button type="button" class="button button--primary" onClick={() => publish(run)}>{t('console.schedule.publish')}</button> : null}
        </div>
      ) : null}
      {busy ? <Loading /> : null}
      {run && bookedUnread ? <UnavailableNotice what="booked" onRetry={readBookedAgain} /> : null}
      {run ? <RunView run={run} booked={booked} event={event} /> : null}
    </>
  );
}

/** What the API answers for a run it does not hold; an id that cannot be a run's (not a ULID) is said the same way. */
const noSuchRun: Problem = { type: 'urn:rendezvous:problem:run-not-found', title: 'Not found', status: 404 };

/**
 * The run shown is kept in the address (`?run=<runId>`): a language switch or a return to the page
 * shows the same preview or progress instead of an empty page. A run that cannot be read (unknown
 * id, another event's, a failure) is said, above the button that previews a new one.
 */
function useRunInAddress(session: ConsoleSession, run: Run | undefined, setRun: (run: Run) => void, onFailure: (problem: Problem | undefined) => void) {
  useEffect(() => {
    const runId = new URLSearchParams(location.search).get('run');
    if (run || runId === null) return;
    if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(runId)) return onFailure(noSuchRun);
    adminCall(() => api.GET('/admin/events/{eventId}/schedule/{runId}', { params: { path: { eventId: session.eventId, runId }, query: { placements: 'true' } }, headers: sessionHeaders(session) })).then(
      (result) => (result.data ? setRun(result.data) : onFailure(result.error as Problem | undefined)),
      () => onFailure(undefined),
    );
  }, []);
  useEffect(() => {
    if (run && new URLSearchParams(location.search).get('run') !== run.runId) history.replaceState(history.state, '', `${location.pathname}?run=${run.runId}`);
  }, [run?.runId]);
}

/** While a run publishes, its progress every second (figures only: placements stay as previewed). */
function usePublishProgress(session: ConsoleSession, run: Run | undefined, setRun: (run: Run) => void) {
  useEffect(() => {
    if (run?.status !== 'publishing') return;
    const timer = setTimeout(async () => {
      const result = await adminCall(() =>
        api.GET('/admin/events/{eventId}/schedule/{runId}', {
          params: { path: { eventId: session.eventId, runId: run.runId }, query: { placements: 'false' } },
          headers: sessionHeaders(session),
        }),
      );
      if (result.data) setRun({ ...result.data, placements: run.placements });
    }, pollEveryMs);
    return () => clearTimeout(timer);
  }, [run]);
}

/** `booked`: the meetings confirmed before the run, which it keeps in place (in the grid and each participant's day). */
function RunView({ run, booked, event }: { run: Run; booked: SchedulePlacement[]; event: EventView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const placements = run.placements ?? [];
  const scheduled = withBooked(placements, booked);
  const unplaced = placements.filter((placement) => placement.status === 'unplaced' || placement.status === 'conflict');
  return (
    <>
      <Progress run={run} />
      <dl class="figures" data-figures="schedule">
        <div><dt>{t('console.schedule.planned')}</dt><dd>{i18n.number(run.counts.planned)}</dd></div>
        <div><dt>{t('console.schedule.unplaced')}</dt><dd>{i18n.number(run.counts.unplaced)}</dd></div>
        <div><dt>{t('console.schedule.breaks')}</dt><dd>{i18n.number(run.figures.breaks)}</dd></div>
        <div><dt>{t('console.schedule.maxBreaks')}</dt><dd>{i18n.number(run.figures.maxBreaksPerParticipant)}</dd></div>
      </dl>
      <Grid placements={scheduled} event={event} />
      <ParticipantSchedule placements={scheduled} event={event} />
      <h2 id="unplaced">{t('console.schedule.unplacedHeading')}</h2>
      {/* About the solver's unplaced meetings only: conflicts after publishing are changes made meanwhile. */}
      {run.counts.unplaced > 0 && run.coverage ? <CoverageNote coverage={run.coverage} /> : null}
      {unplaced.length === 0 ? <p>{t('console.schedule.allPlaced')}</p> : (
        <ul class="cards" aria-labelledby="unplaced">
          {unplaced.map((placement) => (
            <li key={placement.meetingRequestId} class="card">
              <p><Pair placement={placement} /></p>
              <p><UnplacedReason placement={placement} /></p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Whether the unplaced meetings were avoidable: proven not, or how many more another schedule might place. */
function CoverageNote({ coverage }: { coverage: NonNullable<Run['coverage']> }) {
  const { t, plural } = useI18n();
  const text = coverage.provedMaximal
    ? t('console.schedule.provedMaximal')
    : plural('console.schedule.mightPlaceMore', coverage.provablyPlaceable - coverage.placed);
  return <p data-coverage={coverage.provedMaximal ? 'proven' : 'open'}>{text}</p>;
}

function Progress({ run }: { run: Run }) {
  const { t, plural } = useI18n();
  if (run.status === 'ready') return null;
  // Publishing before its first progress figures (the publish answer may have none yet): the region is there all the
  // same, so that the focus Publish hands over has somewhere to go.
  if (!run.progress) return <div class="publish-progress" id="publish-progress-region" tabIndex={-1}><p role="status">{t('common.loading')}</p></div>;
  const { total, placed, conflicts, notified } = run.progress;
  // One sentence per count: each noun takes its count's plural form ("1 meeting", Arabic's six forms).
  const text = run.status === 'published'
    ? [t('console.schedule.published'), ' ', plural('console.schedule.booked', placed), ' ', plural('console.schedule.changed', conflicts), ' ', plural('console.schedule.emailed', notified)]
    : plural('console.schedule.publishing', total, { done: placed + conflicts });
  return (
    <div class="publish-progress" id="publish-progress-region" tabIndex={-1}>
      <label for="publish-progress">{t('console.schedule.progress')}</label>
      <progress id="publish-progress" max={Math.max(total, 1)} value={placed + conflicts} />
      <p role="status">{text}</p>
    </div>
  );
}

/** Slots down, tables across; a scroll box keeps the page usable at 360 px (the grid scrolls, not the page). */
function Grid({ placements, event }: { placements: SchedulePlacement[]; event: EventView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const format = i18n.format(event.timeZone);
  const tables = Array.from({ length: event.meetingTablesPerSlot }, (_, index) => index + 1);
  const at = new Map(placements.filter((placement) => placement.slotId && placement.table).map((placement) => [`${placement.slotId}#${placement.table}`, placement]));
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="schedule-grid-caption">
      <table class="counts schedule-grid">
        <caption id="schedule-grid-caption">{t('console.schedule.grid')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('console.schedule.slot')}</th>
            {tables.map((table) => <th key={table} scope="col">{t('console.schedule.table', { number: table })}</th>)}
          </tr>
        </thead>
        <tbody>
          {event.meetingSlots.map((slot) => (
            <tr key={slot.id}>
              <th scope="row">{format.timeRange(slot)}</th>
              {tables.map((table) => {
                const placement = at.get(`${slot.id}#${table}`);
                return <td key={table} data-cell={`${slot.id}#${table}`}>{placement ? <Pair placement={placement} /> : null}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Pair({ placement }: { placement: SchedulePlacement }) {
  const { t } = useI18n();
  const [first, second] = placement.participants;
  return (
    <span class={placement.alreadyBooked ? 'pair pair--booked' : 'pair'}>
      <bdi>{first?.name ?? first?.registrationId}</bdi> ↔ <bdi>{second?.name ?? second?.registrationId}</bdi>
      {placement.alreadyBooked ? <> <span class="muted">({t('console.schedule.alreadyBooked')})</span></> : null}
    </span>
  );
}
