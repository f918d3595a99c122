/**
 * `npm run bench` — bundles and cold starts, registration latency, write capacity per
 * registration, mailer throughput, B2B meeting accepts, the organiser summary's cost, "Schedule all"
 * (preview and publish through the local API), recommendations (quality and cost), check-in, the
 * console dashboard's read cost against the summary's, and the
 * scheduling benchmark (5 s x 3 seeds on 20 instances plus the scale test, about 6 minutes; omit it with
 * --skip-scheduling). Prints a report and writes the same figures to
 * .bench/results.json. See docs/benchmarks.md.
 *
 *   npm run bench -- [--only bundles|latency|capacity|mailer|meetings|summary|publish|web|matchmaking|checkin|dashboard[,...]] [--runs N]
 *                    [--cold-start-workers N] [--requests N] [--concurrency N] [--emails N] [--skip-scheduling]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitWithUsage, parseScriptArguments } from '../scripts/script-arguments';
import { repoRoot } from '../infra/paths';
import { physicalTableNames } from '../local/create-tables';
import type { EventDefinition } from '../shared/events/event-definition';
import { streamWorkers } from '../shared/workers/index';
import { testEvent } from '../test/support/test-event';
import { bundleAll, describeEsbuildOptions, heavyImports, packageShares, type Bundle, type FunctionBundle } from './bundles';
import { measureColdStarts, type ColdStartSamples, type PairedColdStarts } from './cold-start';
import { appOptions, benchTablePrefix, prepareTables, withApiOnly, withLocalServices, type LocalServices } from './local-services';
import { summarizeLoad } from './closed-loop';
import { measureMailer } from './mailer-throughput';
import { measureMeetings, meetingEventLimits } from './meeting-load';
import { longProfileBody, measureGetItemLatency, registrationIdsOf, runLoad, type BodyFactory, type LoadRun } from './registration-load';
import { countStackResources, resourceBudget } from './stack-resources';
import { formatReport, type BenchResults, type BundleFigure, type BundleResults, type FunctionFigures } from './report';
import { schedulePublishPart } from './schedule-publish-part';
import { schedulingPart } from './scheduling-part';
import { nowMs } from './stats';
import { summaryPart } from './summary-part';
import { checkInPart } from './checkin-part';
import { dashboardPart } from './dashboard-part';
import { matchmakingPart } from './matchmaking-part';
import { webPagesPart } from './web-pages';
import { capacityFigures, checkLocalAccounting, readStoredItems, recordDynamoDbActivity, registrationCharges, type Recording } from './write-capacity';

const parts = ['bundles', 'latency', 'capacity', 'mailer', 'meetings', 'summary', 'publish', 'web', 'matchmaking', 'checkin', 'dashboard'] as const;
/** The parts that run against DynamoDB Local and the local SES started here. */
const serverPartNames: readonly Part[] = ['latency', 'capacity', 'mailer', 'meetings'];
type Part = (typeof parts)[number];

interface Options {
  parts: Set<Part>;
  runs: number;
  coldStartWorkers: number;
  requests: number;
  concurrency: number;
  emails: number;
  withScheduling: boolean;
}

const usage = {
  usage: 'npm run bench -- [--only <part>,…] [--skip-scheduling] [--runs <n>] [--cold-start-workers <n>] [--requests <n>] [--concurrency <n>] [--emails <n>]',
  description: [
    'Measures bundles and cold starts, registration latency, write capacity, the mailer, meeting accepts, the',
    'organiser summary, the scheduler, "Schedule all", the web pages, recommendations and check-in (docs/benchmarks.md).',
    `  --only                 parts to run, comma-separated: ${parts.join('|')} (default: all)`,
    '  --skip-scheduling      without part 5, the scheduler (about 6 min)',
    '  --runs                 cold imports per function and per baseline, alternated (default 7)',
    '  --cold-start-workers   cold imports at the same time (default 2)',
    '  --requests, --concurrency, --emails   load sizes (defaults 300, 20, 100)',
  ].join('\n'),
};

function readOptions(argv: string[]): Options {
  const values = parseScriptArguments(
    usage,
    {
      only: { type: 'string' },
      runs: { type: 'string', default: '7' },
      'cold-start-workers': { type: 'string', default: '2' },
      requests: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '20' },
      emails: { type: 'string', default: '100' },
      'skip-scheduling': { type: 'boolean', default: false },
    },
    argv,
  );
  const only = values.only?.split(',').map((part) => part.trim()) ?? [...parts];
  const unknown = only.filter((part) => !(parts as readonly string[]).includes(part));
  if (unknown.length > 0) exitWithUsage(usage, `--only takes ${parts.join('|')} (comma-separated); got ${unknown.join(', ')}.`);
  const positive = (name: string, value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) exitWithUsage(usage, `--${name} takes a positive integer; got ${value}.`);
    return number;
  };
  return {
    parts: new Set(only as Part[]),
    runs: positive('runs', values.runs),
    coldStartWorkers: positive('cold-start-workers', values['cold-start-workers']),
    requests: positive('requests', values.requests),
    concurrency: positive('concurrency', values.concurrency),
    emails: positive('emails', values.emails),
    withScheduling: !values['skip-scheduling'],
  };
}

function commit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

// ---- 1. bundles and cold start -------------------------------------------------------------

const bundleFigure = (bundle: Bundle, samples: ColdStartSamples): BundleFigure => ({
  bytes: bundle.bytes,
  deployedBytes: bundle.deployedBytes,
  ...(bundle.heaviestRoute ? { heaviestRoute: bundle.heaviestRoute } : {}),
  initMs: samples.medianMs,
  initSamplesMs: samples.samplesMs,
  initCpuMs: samples.medianCpuMs,
  initCpuSamplesMs: samples.cpuSamplesMs,
});

function functionFigures(bundle: FunctionBundle, cold: PairedColdStarts): FunctionFigures {
  const own = bundleFigure(bundle.bundle, cold.function);
  const baseline = bundleFigure(bundle.baseline, cold.baseline);
  return {
    id: bundle.id,
    kind: bundle.kind,
    entry: bundle.entry,
    bundle: own,
    baseline: { ...baseline, sdkPackages: bundle.sdkPackages },
    sizeRatio: own.bytes / baseline.bytes,
    initRatio: own.initMs / baseline.initMs,
    initCpuRatio: own.initCpuMs / baseline.initCpuMs,
    topPackages: packageShares(bundle.bundle).slice(0, 8),
  };
}

async function bundlesPart(runs: number, workers: number): Promise<BundleResults> {
  const directory = mkdtempSync(join(tmpdir(), 'rendezvous-bench-'));
  try {
    const bundles = await bundleAll(directory);
    const pairs = bundles.map((bundle) => ({ id: bundle.id, files: bundle.bundle.files, baselineFiles: bundle.baseline.files }));
    const cold = await measureColdStarts(pairs, runs, workers);
    return {
      esbuild: describeEsbuildOptions(),
      coldStartRuns: runs,
      coldStartWorkers: workers,
      functions: bundles.map((bundle) => functionFigures(bundle, cold.get(bundle.id)!)),
      heavyImports: heavyImports(bundles),
      stackResources: { count: countStackResources(), budget: resourceBudget },
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

// ---- 2-4 and 6. against DynamoDB Local and the local SES -----------------------------------

interface BenchEvents {
  confirmed: EventDefinition;
  waitlisted: EventDefinition;
  mailer: EventDefinition;
  meetings: EventDefinition;
}

/** A TechDays copy with seats for every participant of part 6 and tables for every meeting of a slot. */
function meetingsEvent(pairs: number): EventDefinition {
  const meetings = testEvent().meetings;
  const { capacity, tablesPerSlot } = meetingEventLimits(pairs, meetings.slots.length);
  return testEvent({ capacity, meetings: { ...meetings, tablesPerSlot } });
}

/** Seats for everyone; ten seats, taken by the warm-up, so that every timed request joins the waiting list. */
const benchEvents = (options: Options): BenchEvents => ({
  confirmed: testEvent({ capacity: 1_000_000 }),
  waitlisted: testEvent({ capacity: 10 }),
  mailer: testEvent({ capacity: 1_000_000 }),
  meetings: meetingsEvent(options.requests),
});

/**
 * Untimed requests first: they load the handler and warm both JITs (Node's and DynamoDB Local's
 * JVM); those to the small event also take its ten seats.
 */
const warmUpRequests = { confirmed: 60, waitlisted: 15 };

interface LoadScenario {
  name: string;
  event: 'confirmed' | 'waitlisted';
  clients: number;
  requests: number;
  body?: BodyFactory;
  /** Write capacity is reported for this scenario. */
  capacity: boolean;
}

const loadScenarios = (options: Options): LoadScenario[] => [
  { name: 'confirmed', event: 'confirmed', clients: options.concurrency, requests: options.requests, capacity: true },
  { name: 'waitlisted', event: 'waitlisted', clients: options.concurrency, requests: options.requests, capacity: true },
  // One client, no queueing: the latency of a registration on its own.
  { name: 'confirmed, 1 client', event: 'confirmed', clients: 1, requests: Math.min(50, options.requests), capacity: false },
  // Profiles at their 1,000-character limit: what item size does to capacity and latency.
  {
    name: 'confirmed, long profile',
    event: 'confirmed',
    clients: options.concurrency,
    requests: Math.min(50, options.requests),
    body: longProfileBody,
    capacity: true,
  },
];

interface RecordedLoad {
  scenario: LoadScenario;
  run: LoadRun;
  recording: Recording;
}

async function registrationLoads(events: BenchEvents, options: Options): Promise<RecordedLoad[]> {
  return withApiOnly(async (apiUrl) => {
    await runLoad(apiUrl, events.confirmed.id, warmUpRequests.confirmed, options.concurrency);
    await runLoad(apiUrl, events.waitlisted.id, warmUpRequests.waitlisted, options.concurrency);
    const loads: RecordedLoad[] = [];
    for (const scenario of loadScenarios(options)) {
      const load = () => runLoad(apiUrl, events[scenario.event].id, scenario.requests, scenario.clients, scenario.body);
      const { result: run, recording } = await recordDynamoDbActivity(load);
      loads.push({ scenario, run, recording });
    }
    return loads;
  });
}

type RegistrationResults = Pick<BenchResults, 'latency' | 'capacity'>;

async function registrationParts(services: LocalServices, events: BenchEvents, options: Options): Promise<RegistrationResults> {
  const loads = await registrationLoads(events, options);
  const tableNames = physicalTableNames(benchTablePrefix);
  const results: RegistrationResults = {};
  if (options.parts.has('latency')) {
    results.latency = {
      getItem: await measureGetItemLatency(services.dynamodbEndpoint, tableNames.registrations, events.confirmed.id),
      scenarios: Object.fromEntries(loads.map(({ scenario, run }) => [scenario.name, summarizeLoad(run, scenario.clients)])),
    };
  }
  if (options.parts.has('capacity')) {
    const stored = await readStoredItems(services.dynamodbEndpoint, tableNames);
    results.capacity = {
      localAccounting: await checkLocalAccounting(services.dynamodbEndpoint, `${benchTablePrefix}-AccountingCheck`),
      scenarios: Object.fromEntries(
        loads
          .filter(({ scenario }) => scenario.capacity)
          .map(({ scenario, run, recording }) => [scenario.name, capacityFigures(recording, registrationCharges(stored, registrationIdsOf(run)))]),
      ),
    };
  }
  return results;
}

async function serverParts(options: Options): Promise<Partial<BenchResults>> {
  return withLocalServices(async (services) => {
    const events = benchEvents(options);
    const app = appOptions(services, Object.values(events));
    await prepareTables(app);
    const results: Partial<BenchResults> = {};
    // The mailer goes first: later registrations would otherwise be in the stream it drains.
    if (options.parts.has('mailer')) {
      results.mailer = await measureMailer({
        appOptions: app,
        sesEndpoint: services.sesEndpoint,
        eventId: events.mailer.id,
        emails: options.emails,
        warmupEmails: 5,
        concurrency: options.concurrency,
      });
    }
    if (options.parts.has('latency') || options.parts.has('capacity')) {
      Object.assign(results, await registrationParts(services, events, options));
    }
    if (options.parts.has('meetings')) {
      const { dynamodbEndpoint } = services;
      results.meetings = await measureMeetings({ event: events.meetings, dynamodbEndpoint, pairs: options.requests, concurrency: options.concurrency });
    }
    return results;
  });
}

// ---- orchestration -------------------------------------------------------------------------

function mailerBundle(results: BenchResults): void {
  const mailerEntry = streamWorkers.find((worker) => worker.sendsEmail)?.entry;
  const figure = results.bundles?.functions.find((candidate) => candidate.entry === mailerEntry);
  if (results.mailer && figure) Object.assign(results.mailer, { bundleBytes: figure.bundle.bytes, initMs: figure.bundle.initMs });
}

function writeResults(results: BenchResults): string {
  const directory = join(repoRoot, '.bench');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

async function main(): Promise<void> {
  // Let the 'exit' handlers run (they kill DynamoDB Local's Java process) on Ctrl-C or a kill.
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const options = readOptions(process.argv.slice(2));
  const started = nowMs();
  const revision = commit();
  const results: BenchResults = {
    run: {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverageAtStart: loadavg(),
      ...(revision ? { commit: revision } : {}),
      argv: process.argv.slice(2),
    },
  };
  const phases: Record<string, number> = {};
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const phaseStarted = nowMs();
    try {
      return await work();
    } finally {
      phases[phase] = (nowMs() - phaseStarted) / 1000;
    }
  };
  if (options.parts.has('bundles')) results.bundles = await timed('bundles and cold starts', () => bundlesPart(options.runs, options.coldStartWorkers));
  const serverRun = serverPartNames.filter((part) => options.parts.has(part));
  if (serverRun.length > 0) Object.assign(results, await timed(`local servers (${serverRun.join(', ')})`, () => serverParts(options)));
  results.scheduling = await timed('scheduling', () => schedulingPart(options.withScheduling));
  if (options.parts.has('summary')) results.summary = await timed('summary (child process)', summaryPart);
  if (options.parts.has('publish')) results.schedulePublish = await timed('schedule all (child process)', schedulePublishPart);
  if (options.parts.has('web')) results.webPages = await timed('web pages (Chromium)', () => webPagesPart());
  if (options.parts.has('matchmaking')) results.matchmaking = await timed('matchmaking', matchmakingPart);
  if (options.parts.has('checkin')) results.checkIn = await timed('check-in (child process)', checkInPart);
  if (options.parts.has('dashboard')) results.dashboard = await timed('dashboard (child process)', dashboardPart);
  results.run.phaseSeconds = phases;
  mailerBundle(results);
  results.run.loadAverageAtEnd = loadavg();
  results.run.durationSeconds = (nowMs() - started) / 1000;
  const file = writeResults(results);
  console.log(formatReport(results));
  console.log(`\nFigures written to ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
