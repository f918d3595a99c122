/**
 * The figures of a run (written as JSON to .bench/results.json) and their printed report.
 */
import type { FunctionKind, HeavyImport, PackageShare } from './bundles';
import type { LatencySummary } from './closed-loop';
import type { MailerFigures } from './mailer-throughput';
import type { MeetingResults } from './meeting-load';
import type { GetItemLatency } from './registration-load';
import type { SchedulePublishResults } from './schedule-publish-part';
import { figureLines } from './schedule-publish/print-figures';
import type { SummaryResults } from './summary-part';
import type { MatchmakingResults } from './matchmaking-part';
import type { CheckInResults } from './checkin-part';
import type { DashboardResults } from './dashboard-part';
import { webPagesSection, type WebPagesResults } from './web-pages';
import type { CapacityFigures, LocalAccountingCheck } from './write-capacity';
import { round } from './stats';

export interface RunInfo {
  date: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd?: number[];
  commit?: string;
  argv: string[];
  durationSeconds?: number;
  phaseSeconds?: Record<string, number>;
}

export interface BundleFigure {
  /** What a cold start loads (index.mjs and the chunks of the measured path). */
  bytes: number;
  /** Every file of the bundle (what is deployed). */
  deployedBytes: number;
  /** API units: the route module of the measured path (the one whose cold start loads the most). */
  heaviestRoute?: string;
  /** Median wall time of the cold imports (the issue's figure). */
  initMs: number;
  initSamplesMs: number[];
  /** Median CPU time the importing process spent in them (less sensitive to the machine's load). */
  initCpuMs: number;
  initCpuSamplesMs: number[];
}

export interface FunctionFigures {
  id: string;
  kind: FunctionKind;
  entry: string;
  bundle: BundleFigure;
  baseline: BundleFigure & { sdkPackages: string[] };
  sizeRatio: number;
  initRatio: number;
  initCpuRatio: number;
  topPackages: PackageShare[];
}

export interface BundleResults {
  /** The esbuild options used, in short. */
  esbuild: string;
  coldStartRuns: number;
  /** Cold imports run at the same time. */
  coldStartWorkers: number;
  functions: FunctionFigures[];
  heavyImports: HeavyImport[];
  /** CloudFormation resources of the synthesized stack, and the budget the stack test enforces. */
  stackResources?: { count: number; budget: number };
}

export interface LatencyResults {
  getItem: GetItemLatency;
  scenarios: Record<string, LatencySummary>;
}

export interface BenchResults {
  run: RunInfo;
  bundles?: BundleResults;
  latency?: LatencyResults;
  capacity?: { localAccounting: LocalAccountingCheck; scenarios: Record<string, CapacityFigures> };
  mailer?: MailerFigures & { bundleBytes?: number; initMs?: number };
  scheduling?: { skipped: string } | { lines: string[]; result: unknown };
  meetings?: MeetingResults;
  summary?: SummaryResults;
  checkIn?: CheckInResults;
  dashboard?: DashboardResults;
  webPages?: WebPagesResults;
  schedulePublish?: SchedulePublishResults;
  matchmaking?: MatchmakingResults;
}

const kb = (bytes: number) => `${round(bytes / 1024, 1).toFixed(1)} KB`;
const ms = (value: number) => `${round(value, 1).toFixed(1)}`;
const ratio = (value: number, digits = 1) => (Number.isFinite(value) ? `${round(value, digits).toFixed(digits)}x` : 'n/a');

/** A text table; `align` has one letter per column, l or r (default: first column l, others r). */
export function table(headers: string[], rows: string[][], align = `l${'r'.repeat(headers.length - 1)}`): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (align[column] === 'l' ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

const heading = (title: string) => `\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`;

function runSection(run: RunInfo): string[] {
  return [
    'Rendezvous benchmark',
    `${run.date}  ${run.node}  ${run.platform}  ${run.cpus} x ${run.cpuModel}`,
    `load average at start ${run.loadAverageAtStart.map((load) => load.toFixed(2)).join(' ')}` +
      (run.loadAverageAtEnd ? `, at end ${run.loadAverageAtEnd.map((load) => load.toFixed(2)).join(' ')}` : '') +
      ' (other people\'s tests share these cores: absolute times are inflated, compare ratios)',
    ...(run.commit ? [`commit ${run.commit} (plus uncommitted changes in the work tree)`] : []),
  ];
}

/** Import chains that differ beyond the handler module itself, at most `limit`. */
function distinctChains(chains: Record<string, string[]>, limit = 4): string[] {
  const byTail = new Map<string, string>();
  for (const chain of Object.values(chains)) {
    const tail = chain.slice(1).join(' -> ');
    if (!byTail.has(tail)) byTail.set(tail, chain.join(' -> '));
  }
  const shown = [...byTail.values()];
  return shown.length > limit ? [...shown.slice(0, limit), `(${shown.length - limit} more in .bench/results.json)`] : shown;
}

function bundleSection(results: BundleResults): string[] {
  const rows = results.functions.map((figure) => [
    figure.id,
    figure.kind,
    kb(figure.bundle.bytes),
    kb(figure.bundle.deployedBytes),
    ms(figure.bundle.initMs),
    kb(figure.baseline.bytes),
    ms(figure.baseline.initMs),
    ratio(figure.sizeRatio),
    // Two decimals: the issue's bar is 1.25x.
    ratio(figure.initRatio, 2),
    ms(figure.bundle.initCpuMs),
    ms(figure.baseline.initCpuMs),
    ratio(figure.initCpuRatio, 2),
    figure.baseline.sdkPackages.map((name) => name.replace('@aws-sdk/', '')).join(', ') || '(none)',
    figure.bundle.heaviestRoute?.replace(/^functions\//, '') ?? '',
  ]);
  const heavy = results.heavyImports.flatMap((entry) => [
    `  ${entry.packageName}: up to ${kb(entry.bytes)}, in ${entry.functions.length} function(s): ${entry.functions.join(', ')}`,
    ...distinctChains(entry.chains).map((chain) => `    ${chain}`),
  ]);
  return [
    heading('1. Bundles and cold start (init = module import in a fresh process)'),
    ...(results.stackResources
      ? [`CloudFormation resources: ${results.stackResources.count} (budget ${results.stackResources.budget}, CloudFormation's limit 500; docs/deployment.md)`]
      : []),
    `esbuild with the stack's options (infra/bundling/function-bundle.ts): ${results.esbuild}`,
    'bundle = what a cold start loads: index.mjs, its chunks, and every chunk our code imports lazily; for an API unit, with the',
    'heaviest route\'s file (last column). deployed = every file. The AWS SDK\'s own lazy chunks count in neither function nor baseline.',
    `init = median wall time of ${results.coldStartRuns} imports of those files, each in a new Node process (${results.coldStartWorkers} at a time); baseline = a handler that`,
    'only constructs the same SDK clients (lazily), bundled the same way; "(none)" = no SDK client: an empty handler. A function\'s',
    'imports and its baseline\'s alternate (the base init is from those, so shared baselines read differently per function).',
    'cpu = median CPU time of the importing process over the same imports (steadier than wall time on a loaded machine).',
    table(
      ['function', 'kind', 'bundle', 'deployed', 'init ms', 'baseline', 'base init', 'size x', 'init x', 'cpu ms', 'base cpu', 'cpu x', 'SDK clients in baseline', 'measured route'],
      rows,
      'llrrrrrrrrrrll',
    ),
    '',
    'Largest packages (more than 100 KB of a bundle) besides the AWS SDK, and how they get in:',
    ...heavy,
  ];
}

function outcomes(summary: LatencySummary): string {
  const statuses = Object.entries(summary.answerStatuses).map(([status, count]) => `${count} ${status}`);
  const refusals = Object.entries(summary.refusals).map(([refusal, count]) => `${count} HTTP ${refusal}`);
  return [...statuses, ...refusals].join(', ');
}

/** One row per load scenario: latency percentiles, throughput, CPU per request and outcomes. */
function latencyTable(scenarios: [string, LatencySummary][]): string {
  const rows = scenarios.map(([name, summary]) => [
    name,
    String(summary.requests),
    String(summary.concurrency),
    ms(summary.p50Ms),
    ms(summary.p95Ms),
    ms(summary.p99Ms),
    ms(summary.maxMs),
    round(summary.throughputPerSecond, 1).toFixed(1),
    `${ms(summary.cpuPerRequestMs.node)} + ${ms(summary.cpuPerRequestMs.dynamodbLocal)}`,
    outcomes(summary),
  ]);
  return table(
    ['scenario', 'requests', 'clients', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'req/s', 'CPU ms/req node + DDB Local', 'outcomes'],
    rows,
    'lrrrrrrrrl',
  );
}

function latencySection(results: LatencyResults): string[] {
  return [
    heading('2. Registration latency through the local API (POST /events/{eventId}/registrations)'),
    latencyTable(Object.entries(results.scenarios)),
    `Context: one consistent GetItem of a small item against DynamoDB Local: p50 ${ms(results.getItem.p50Ms)} ms, ` +
      `p95 ${ms(results.getItem.p95Ms)} ms (${results.getItem.samples} sequential calls); DynamoDB in-region answers in single-digit ms`,
    'and runs elsewhere. DynamoDB Local is a JVM on the same 2 cores, slower than DynamoDB per call and serialising',
    'transactions: these figures are for comparing versions of this code on this machine, not a forecast for AWS.',
    'The API runs without the stream pollers here (in AWS the mailer is another Lambda; it is measured in 4).',
  ];
}

const commandCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([command, count]) => `${round(count, 2)} ${command.replace(/Command$/, '')}`)
    .join(', ');

const units = (total: number, table: number, indexes: number) => `${round(total, 2)} (${round(table, 2)} + ${round(indexes, 2)})`;

/**
 * Parts 3 and 6: charged units per commit by scenario, the items written, and the functions'
 * DynamoDB calls. `per` names what one commit is; `outsideTx` adds the column of writes made
 * outside the transaction.
 */
function capacityTables(scenarios: [string, CapacityFigures][], per: string, outsideTx: boolean): string[] {
  const rows = scenarios.map(([name, figures]) => [
    name,
    String(figures.committed),
    round(figures.transactionAttempts / Math.max(1, figures.committed), 2).toFixed(2),
    units(figures.charged.total, figures.charged.table, figures.charged.indexes),
    String(round(figures.charged.minimum, 2)),
    ratio(figures.ratio),
    round(figures.charged.dataKb, 2).toFixed(2),
    ...(outsideTx ? [round(figures.charged.outsideTransaction, 2).toFixed(2)] : []),
    units(figures.reportedByLocal.total, figures.reportedByLocal.table, figures.reportedByLocal.indexes),
  ]);
  const itemRows = scenarios.flatMap(([name, figures]) =>
    figures.charged.items.map((item) => [
      `${name}: ${item.item}${item.count === 1 ? '' : ` x ${round(item.count, 2)}`}`,
      `${Math.round(item.meanBytes)} B`,
      round(item.tableUnits, 2).toFixed(2),
      round(item.indexUnits, 2).toFixed(2),
    ]),
  );
  return [
    table(
      ['scenario', 'committed', `tx tries/${per}`, 'charged (tbl+gsi)', 'minimum', 'charged/min', 'data KB', ...(outsideTx ? ['+ outside tx'] : []), 'DDB Local said'],
      rows,
    ),
    '',
    table(['item written', 'mean size', 'table WCU', 'GSI WCU'], itemRows),
    '',
    `DynamoDB calls of the function per ${per} (transaction retries included):`,
    ...scenarios.map(([name, figures]) => `  ${name}: ${commandCounts(figures.callsPerCommit)}`),
  ];
}

function capacitySection(capacity: NonNullable<BenchResults['capacity']>): string[] {
  const check = capacity.localAccounting;
  const [summary, ...rest] = capacityTables(Object.entries(capacity.scenarios), 'registration', true);
  return [
    heading('3. Write capacity per committed registration (WCU; table + GSI)'),
    'charged = DynamoDB\'s documented rules applied to the items each registration wrote (read back and sized): 2 WCU per',
    '  started KB per item in the transaction, + 1 WCU per started KB per GSI entry (GSIs are updated after the commit).',
    'minimum = the same items written with plain (non-transactional) writes: 1 WCU per started KB per item and GSI entry.',
    `DynamoDB Local does return ConsumedCapacity for transactions, but not by these rules: for ${check.puts} puts of small items`,
    `  in one transaction it reports ${check.reportedByLocal} WCU where DynamoDB charges ${check.chargedByRules}. Its figures are shown, not used.`,
    summary!,
    'data KB = bytes written (GSI copies included) before rounding; + outside tx = the waiting-list ticket UpdateItem,',
    'charged separately (not a transaction item, so not seen by the observer).',
    ...rest,
  ];
}

function meetingsSection(meetings: MeetingResults): string[] {
  return [
    heading('6. B2B meetings: accepting a request in a slot (POST /meeting-requests/{id}/accept)'),
    `${meetings.pairs} disjoint pairs (+ ${meetings.warmUpPairs} accepted untimed first), one request each for one slot, round-robin over`,
    `${meetings.slots} bookable slots, ${meetings.tablesPerSlot} tables per slot; accepted by the recipients in a closed loop, mailer stopped.`,
    latencyTable([['accept in a slot', meetings.latency]]),
    '',
    'Write capacity per confirmed meeting (WCU; table + GSI), by the rules of part 3. The accept\'s transaction also holds',
    '  two ConditionChecks (the registrations), charged like transactional writes of those items; minimum = the same',
    '  writes done without a transaction and without the checks. A GSI key change (the meeting request\'s status in',
    '  gsi1sk) is two index writes: delete the old entry, put the new one.',
    ...capacityTables([['accept', meetings.capacity]], 'accept', false),
  ];
}

function mailerSection(mailer: NonNullable<BenchResults['mailer']>): string[] {
  return [
    heading('4. Mailer (functions/send-confirmations.ts)'),
    ...(mailer.bundleBytes !== undefined ? [`bundle ${kb(mailer.bundleBytes)}, init ${ms(mailer.initMs ?? Number.NaN)} ms (see 1)`] : []),
    `${mailer.emails} confirmations drained through the stream poller to the local SES in ${round(mailer.drainSeconds, 2)} s: ` +
      `${round(mailer.emailsPerSecond, 1)} emails/s (batches of 10, one at a time, as one Lambda per shard would)`,
    `CPU per email: ${ms(mailer.cpuPerEmailMs.node)} ms in the Node process (mailer, poller, local SES)` +
      ` + ${ms(mailer.cpuPerEmailMs.dynamodbLocal)} ms in DynamoDB Local`,
    `DynamoDB calls of the mailer per email: ${commandCounts(mailer.callsPerEmail)} (the poller's stream reads not included;`,
    '  records already handled in the warm-up round are read again from TRIM_HORIZON and skipped, one refused claim each)',
    `delivered to SES ${mailer.delivered}, dead-lettered ${mailer.deadLettered}`,
  ];
}

function summarySection(summary: SummaryResults): string[] {
  if ('skipped' in summary) return [heading('7. Organiser summary cost'), summary.skipped];
  const headers = Object.keys(summary.rows[0] ?? {});
  return [
    heading('7. Organiser summary cost (bench/summary/summary-cost.ts, in a child process)'),
    table(headers, summary.rows.map((row) => headers.map((header) => String(row[header] ?? '')))),
  ];
}

function rowsTable(rows: readonly Record<string, unknown>[]): string {
  const headers = Object.keys(rows[0] ?? {});
  return table(headers, rows.map((row) => headers.map((header) => String(row[header] ?? ''))));
}

function matchmakingSection(results: MatchmakingResults): string[] {
  return [
    heading('10. Recommendations: quality on 1,000 synthetic participants, and cost (bench/matchmaking/)'),
    rowsTable(results.quality),
    '',
    rowsTable(results.cost),
  ];
}

function dashboardSection(results: DashboardResults): string[] {
  const title = "12. Console dashboard: counter items against the summary's table reads (bench/summary/dashboard-cost.ts, in a child process)";
  if ('skipped' in results) return [heading(title), results.skipped];
  return [heading(title), rowsTable(results.rows), `recount (counters built from the tables): ${results.recountMs.join(' ms, ')} ms`];
}

function checkInSection(results: CheckInResults): string[] {
  const title = '11. Check-in at the door: 20 concurrent scanners through the local API (bench/checkin/checkin-latency.ts, in a child process)';
  if ('skipped' in results) return [heading(title), results.skipped];
  const headers = Object.keys(results.rows[0] ?? {});
  return [heading(title), table(headers, results.rows.map((row) => headers.map((header) => String(row[header as keyof typeof row]))), `l${'r'.repeat(headers.length - 2)}l`)];
}

function schedulePublishSection(results: SchedulePublishResults): string[] {
  const title = '8. Schedule all: preview and publish through the local API (bench/schedule-publish.ts, in a child process)';
  return [heading(title), ...('skipped' in results ? [results.skipped] : figureLines(results))];
}

function schedulingSection(scheduling: NonNullable<BenchResults['scheduling']>): string[] {
  return [
    heading('5. Scheduling'),
    ...('skipped' in scheduling
      ? [scheduling.skipped]
      : [...scheduling.lines, '(5 s per instance, seeds 1-3, 20 s scale test; the full result is in .bench/results.json)']),
  ];
}

const phaseTimes = (run: RunInfo) =>
  Object.entries(run.phaseSeconds ?? {})
    .map(([phase, seconds]) => `${phase} ${round(seconds, 0)} s`)
    .join(', ');

export function formatReport(results: BenchResults): string {
  return [
    ...runSection(results.run),
    ...(results.bundles ? bundleSection(results.bundles) : []),
    ...(results.latency ? latencySection(results.latency) : []),
    ...(results.capacity ? capacitySection(results.capacity) : []),
    ...(results.mailer ? mailerSection(results.mailer) : []),
    ...(results.scheduling ? schedulingSection(results.scheduling) : []),
    ...(results.meetings ? meetingsSection(results.meetings) : []),
    ...(results.summary ? summarySection(results.summary) : []),
    ...(results.schedulePublish ? schedulePublishSection(results.schedulePublish) : []),
    ...(results.webPages ? webPagesSection(results.webPages) : []),
    ...(results.matchmaking ? matchmakingSection(results.matchmaking) : []),
    ...(results.checkIn ? checkInSection(results.checkIn) : []),
    ...(results.dashboard ? dashboardSection(results.dashboard) : []),
    ...(results.run.durationSeconds !== undefined ? ['', `(benchmark took ${round(results.run.durationSeconds, 0)} s: ${phaseTimes(results.run)})`] : []),
  ].join('\n');
}
