/**
 * "Schedule all" at scale, against real local servers (DynamoDB Local, the local SES, the local
 * app with its stream pollers): N confirmed participants and M meetings accepted without a time
 * are seeded untimed, then the organiser's preview and publish are timed through HTTP, then the
 * wait until the mailer has sent every agenda email; the result is checked at the end.
 * docs/benchmarks.md, "Schedule all". Standalone until wired into `npm run bench`:
 *
 *   npx tsx bench/schedule-publish.ts [--participants 200] [--meetings 1000] [--tables 40] [--time-limit-ms 5000] [--seed 1]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { LocalApp } from '../local/local-app';
import { createOrganiserKey } from '../shared/organisers/organiser-key-store';
import { appOptions, withLocalApp, withLocalServices, type LocalServices } from './local-services';
import { benchEvent } from './schedule-publish/bench-event';
import { scheduleAdmin, type ScheduleAdmin, type TimedResponse } from './schedule-publish/admin-client';
import { meetingPairs } from './schedule-publish/demand';
import { printFigures } from './schedule-publish/print-figures';
import { seedAcceptedMeetings } from './schedule-publish/seed-tables';
import { timedPublish, type PublishTiming } from './schedule-publish/timed-publish';
import { verifyPublish, type Check } from './schedule-publish/verify-publish';
import { nowMs, round } from './stats';
import type { EventDefinition } from '../shared/events/event-definition';

export interface SchedulePublishOptions {
  participants: number;
  meetings: number;
  tablesPerSlot: number;
  /** Cap on one participant's meetings; default three quarters of the slots, so that all can be placed. */
  maxPerParticipant?: number;
  /** The preview's solver budget (the route's default is 5,000 ms). */
  timeLimitMs: number;
  seed: number;
  /** Servers already running (bench/run.ts); otherwise the part starts and stops its own. */
  services?: LocalServices;
}

export interface SchedulePublishFigures {
  participants: number;
  meetings: number;
  slots: number;
  tablesPerSlot: number;
  busiestParticipant: number;
  setupSeconds: number;
  preview: {
    wallMs: number;
    solverElapsedMs: number;
    solverIterations: number;
    stoppedBy: string;
    timeLimitMs: number;
    planned: number;
    unplaced: number;
    breaks: number;
    idleSlots: number;
    maxBreaksPerParticipant: number;
    responseKB: number;
  };
  publish: {
    wallSeconds: number;
    recordedSeconds: number;
    /** Of `recordedSeconds`, booking the meetings (the rest records the agenda emails); null if not seen. */
    bookingSeconds: number | null;
    meetingsPerSecond: number;
    placed: number;
    conflicts: number;
    participantsNotified: number;
    polls: number;
    pollMedianMs: number;
    cpuSecondsNode: number;
    cpuSecondsDynamoDbLocal: number;
  };
  mail: { agendaEmails: number; secondsAfterPublished: number; secondsFromPublish: number };
  checks: Check[];
  allChecksPassed: boolean;
  loadAverage: { start: number[]; end: number[] };
  totalSeconds: number;
}

export const defaultOptions: SchedulePublishOptions = { participants: 200, meetings: 1_000, tablesPerSlot: 40, timeLimitMs: 5_000, seed: 1 };

const busiest = (pairs: readonly [number, number][]) => Math.max(...[...Map.groupBy(pairs.flat(), (index) => index).values()].map((times) => times.length));

function previewFigures({ body, ms, bytes }: TimedResponse, timeLimitMs: number): SchedulePublishFigures['preview'] {
  return {
    wallMs: Math.round(ms),
    solverElapsedMs: body.solver.elapsedMs,
    solverIterations: body.solver.iterations,
    stoppedBy: body.solver.stoppedBy,
    timeLimitMs,
    planned: body.counts.planned,
    unplaced: body.counts.unplaced,
    breaks: body.figures.breaks ?? Number.NaN,
    idleSlots: body.figures.idleSlots ?? Number.NaN,
    maxBreaksPerParticipant: body.figures.maxBreaksPerParticipant ?? Number.NaN,
    responseKB: round(bytes / 1024),
  };
}

function publishFigures(timing: PublishTiming): SchedulePublishFigures['publish'] {
  const { counts, progress } = timing.final;
  return {
    wallSeconds: round(timing.wallMs / 1000, 2),
    recordedSeconds: round(timing.recordedMs / 1000, 2),
    bookingSeconds: timing.bookingMs === undefined ? null : round(timing.bookingMs / 1000, 2),
    meetingsPerSecond: round(counts.placed / (timing.wallMs / 1000)),
    placed: counts.placed,
    conflicts: counts.conflicts,
    participantsNotified: progress?.notified ?? 0,
    polls: timing.polls,
    pollMedianMs: Math.round(timing.pollMedianMs),
    cpuSecondsNode: round(timing.cpu.selfMs / 1000),
    cpuSecondsDynamoDbLocal: round(timing.cpu.childrenMs / 1000),
  };
}

/** Preview, check it found every seeded meeting, drain the streams (untimed), then the timed publish. */
async function previewAndPublish(app: LocalApp, admin: ScheduleAdmin, options: SchedulePublishOptions) {
  const preview = await admin.preview({ seed: options.seed, timeLimitMs: options.timeLimitMs });
  if (preview.body.counts.accepted !== options.meetings) throw new Error(`The preview found ${preview.body.counts.accepted} accepted meetings, ${options.meetings} were seeded`);
  // The pollers read past the seeded items and the placements now, not during the timed publish.
  await app.drainStreams();
  return { preview, timing: await timedPublish(admin, preview.body.runId, () => app.drainStreams()) };
}

/** Untimed: the participants and accepted meetings, and the organiser key. */
async function prepareEvent(app: LocalApp, event: EventDefinition, options: SchedulePublishOptions) {
  const started = nowMs();
  const pairs = meetingPairs({ ...options, maxPerParticipant: options.maxPerParticipant ?? Math.floor((event.meetings.slots.length * 3) / 4) });
  await seedAcceptedMeetings(app.tableNames, event, options.participants, pairs);
  const { key } = await createOrganiserKey({ eventId: event.id, label: 'schedule-publish benchmark' });
  await app.drainStreams();
  return { pairs, key, setupSeconds: round((nowMs() - started) / 1000) };
}

interface Measured {
  event: EventDefinition;
  options: SchedulePublishOptions;
  pairs: [number, number][];
  setupSeconds: number;
  preview: TimedResponse;
  timing: PublishTiming;
  checks: Check[];
}

function figuresOf({ event, options, pairs, setupSeconds, preview, timing, checks }: Measured, started: number, loadAtStart: number[]): SchedulePublishFigures {
  const publish = publishFigures(timing);
  return {
    participants: options.participants,
    meetings: options.meetings,
    slots: event.meetings.slots.length,
    tablesPerSlot: options.tablesPerSlot,
    busiestParticipant: busiest(pairs),
    setupSeconds,
    preview: previewFigures(preview, options.timeLimitMs),
    publish,
    mail: {
      agendaEmails: publish.participantsNotified,
      secondsAfterPublished: round(timing.mailAfterPublishedMs / 1000, 2),
      secondsFromPublish: round(timing.publishToMailedMs / 1000, 2),
    },
    checks,
    allChecksPassed: checks.every((check) => check.ok),
    loadAverage: { start: loadAtStart, end: loadavg() },
    totalSeconds: round((nowMs() - started) / 1000),
  };
}

async function measureInApp(app: LocalApp, event: EventDefinition, services: LocalServices, options: SchedulePublishOptions): Promise<Omit<Measured, 'event' | 'options'>> {
  const { pairs, key, setupSeconds } = await prepareEvent(app, event, options);
  const { preview, timing } = await previewAndPublish(app, scheduleAdmin(app.apiUrl.replace('localhost', '127.0.0.1'), event.id, key), options);
  const checks = await verifyPublish({
    eventId: event.id,
    meetings: options.meetings,
    tablesPerSlot: options.tablesPerSlot,
    final: timing.final,
    tables: app.tableNames,
    sesEndpoint: services.sesEndpoint,
    deadLetters: app.deadLetters.length,
  });
  return { pairs, setupSeconds, preview, timing, checks };
}

/** The part: figures as plain JSON. Throws if the preview does not see the seeded meetings; failed checks are reported, not thrown. */
export async function measureSchedulePublish(given: Partial<SchedulePublishOptions> = {}): Promise<SchedulePublishFigures> {
  const options = { ...defaultOptions, ...given };
  const started = nowMs();
  const loadAtStart = loadavg();
  const event = benchEvent({ participants: options.participants, tablesPerSlot: options.tablesPerSlot });
  const inServices = (services: LocalServices) => withLocalApp(appOptions(services, [event]), (app) => measureInApp(app, event, services, options));
  const measured = await (options.services ? inServices(options.services) : withLocalServices(inServices));
  return figuresOf({ event, options, ...measured }, started, loadAtStart);
}

function readCommandLine(argv: string[]): Partial<SchedulePublishOptions> {
  const { values } = parseArgs({
    args: argv,
    options: {
      participants: { type: 'string' },
      meetings: { type: 'string' },
      tables: { type: 'string' },
      'time-limit-ms': { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const numbers = {
    participants: values.participants,
    meetings: values.meetings,
    tablesPerSlot: values.tables,
    timeLimitMs: values['time-limit-ms'],
    seed: values.seed,
  };
  return Object.fromEntries(Object.entries(numbers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Number(value)]])));
}

async function main(): Promise<void> {
  // Let the 'exit' handlers run (they kill DynamoDB Local's Java process) on Ctrl-C or a kill.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const figures = await measureSchedulePublish(readCommandLine(process.argv.slice(2)));
  printFigures(figures);
  process.exitCode = figures.allChecksPassed ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
