/**
 * Benchmark of the B2B meeting scheduler.
 *
 *   npx tsx bench/scheduling/run-benchmark.ts [--seconds 5 | --work 6000000] [--seeds 1,2,3] [--instances a,b]
 *                                              [--dir <instances dir, default bench/scheduling/instances>] [--gap-scope session|day]
 *                                              [--scale-seconds 20] [--no-scale] [--json <file>]
 *                                              [--tuning '{"windowMaxBreaks":3}'] [--no-exact] [--variants] [--wish-weight 1.5]
 *
 * 1. The 20 published instances of Bofill et al. (JAIR): each instance x seed is solved with the time
 *    budget, validated (all meetings placed, every hard constraint), and compared with the best known
 *    number of breaks; the median over the seeds counts.
 * 2. Scale: a synthetic event of 1,000 participants, 10,000 meetings, 40 slots, 300 tables: placed vs the
 *    coverage upper bound, time and peak memory.
 *
 * --work N gives every run a budget of work instead of time (SolveOptions.work: annealing iterations, SAT
 * solver steps weighted by SOLVER_STEP_WORK; the clock only guards, at 20x --seconds): the same seed gives
 * the same schedule on any machine and under any load, so runs on a busy machine can be compared. The CPU
 * seconds of each run are printed next to the wall-clock ones; a run the guard cut is marked "!" and listed
 * (not reproducible: raise the guard with --seconds on a loaded machine).
 *
 * --variants solves harder variants instead (harder-variants.ts: 40% of the meetings locked where a short
 * solve put them, random unavailable slots, overbooked participants): no best known there, the column that
 * counts is placed / provably placeable ("*": proven maximal by the coverage bound or the SAT solver). The
 * variants carry planted wishes (proposed slots, 'earliest' preferences): the wishes column prints honoured /
 * expressed of the seed that honoured fewest ("-" without wishes, as on the published instances).
 *
 * Runs sequentially on one core. runSchedulingBenchmark() returns the figures for `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarkToProblem, INSTANCE_DIR, instanceNames, loadInstance } from './benchmark-instance';
import { coverageUpperBound } from '../../shared/scheduling/coverage-bound';
import type { GapScope, SchedulingProblem } from '../../shared/scheduling/model';
import { solveSchedule } from '../../shared/scheduling/solver';
import { loadSatSolverFactory } from '../../shared/scheduling-runtime/cadical-solver';
import { loadLpSolver } from '../../shared/scheduling-runtime/highs-lp-solver';
import { validateSchedule } from '../../shared/scheduling/validator';
import { harderVariant } from './harder-variants';
import { syntheticEvent } from './synthetic-event';

export interface SchedulingBenchmarkOptions {
  readonly seconds?: number;
  /** A work budget per run instead of the time budget (the time then only guards). */
  readonly work?: number;
  readonly seeds?: readonly number[];
  /** Instance names (file names without .json); all if omitted. */
  readonly instances?: readonly string[];
  readonly dir?: string;
  readonly gapScope?: GapScope;
  /** Run the synthetic scale test (default true). */
  readonly scale?: boolean;
  readonly scaleSeconds?: number;
  /** Run the exact phase (CaDiCaL, shared/scheduling-runtime/cadical-solver.ts); default true. */
  readonly exact?: boolean;
  /** Solver tuning overrides (SolveOptions.tuning), for experiments. */
  readonly tuning?: Readonly<Record<string, number>>;
  /** Solve the harder variants (harder-variants.ts) of the instances instead. */
  readonly variants?: boolean;
  /** SolveOptions.wishWeight (0 ignores wishes: the figures of a scheduler without them). */
  readonly wishWeight?: number;
  readonly log?: (line: string) => void;
}

export interface SeedRun {
  readonly seed: number;
  readonly placed: number;
  /** The most any schedule can place: `placed` when proven (bound or solver), else the upper bound. */
  readonly provablyPlaceable: number;
  readonly provedMaximal: boolean;
  readonly breaks: number;
  readonly idleSlots: number;
  readonly maxBreaksPerParticipant: number;
  readonly fair: boolean;
  readonly valid: boolean;
  readonly violations: number;
  readonly seconds: number;
  /** CPU time of the run (user + system of the process). */
  readonly cpuSeconds: number;
  /**
   * With --work: the time guard (20x --seconds) stopped the run before its work was spent, so it is not
   * reproducible (a loaded machine; raise the guard with --seconds). Marked "!" after the time column.
   */
  readonly cutByGuard: boolean;
  /** The exact phase's breaks before and after ("8>5", "*" when proved optimal), if it ran. */
  readonly exact?: string;
  /** Soft wishes (docs/scheduling.md, "Wishes"): expressed, and honoured by the schedule. */
  readonly wishesExpressed: number;
  readonly wishesHonoured: number;
}

export interface InstanceResult {
  readonly instance: string;
  readonly participants: number;
  readonly meetings: number;
  readonly slots: number;
  readonly tables: number;
  readonly runs: readonly SeedRun[];
  readonly medianBreaks: number;
  readonly medianIdleSlots: number;
  readonly bestKnownBreaks: number | undefined;
  readonly bestKnownIdleSlots: number | undefined;
  /** medianBreaks - bestKnownBreaks (negative = better than the published figure). */
  readonly excess: number | undefined;
  readonly allPlaced: boolean;
  /** Every seed placed the proven maximum (coverage bound or SAT solver). */
  readonly allProvedMaximal: boolean;
  readonly allValid: boolean;
  readonly allFair: boolean;
}

export interface ScaleResult {
  readonly participants: number;
  readonly meetings: number;
  readonly slots: number;
  readonly tables: number;
  readonly placed: number;
  readonly upperBound: number;
  readonly coverage: number;
  readonly breaks: number;
  readonly idleSlots: number;
  readonly valid: boolean;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
}

export interface SchedulingBenchmarkResult {
  readonly seconds: number;
  readonly work?: number;
  readonly seeds: readonly number[];
  readonly gapScope: GapScope;
  readonly instances: readonly InstanceResult[];
  readonly summary: {
    readonly instances: number;
    readonly atBestKnown: number;
    readonly totalExcess: number;
    readonly allPlaced: boolean;
    /** Instances on which every seed placed the proven maximum. */
    readonly provedMaximal: number;
    readonly allValid: boolean;
    readonly fairInstances: number;
  };
  readonly scale?: ScaleResult;
}

/** The worst seed's placed / provably placeable ("*" once every seed's count is proven maximal). */
function coverageColumn(runs: readonly SeedRun[]): string {
  const worst = runs.reduce((w, r) => (r.placed < w.placed ? r : w));
  return `${worst.placed}/${Math.max(...runs.map((r) => r.provablyPlaceable))}${runs.every((r) => r.provedMaximal) ? '*' : ''}`;
}

/** The seed that honoured fewest wishes: honoured / expressed, "-" without wishes. */
function wishesColumn(runs: readonly SeedRun[]): string {
  const worst = runs.reduce((w, r) => (r.wishesHonoured < w.wishesHonoured ? r : w));
  return worst.wishesExpressed === 0 ? '-' : `${worst.wishesHonoured}/${worst.wishesExpressed}`;
}

/** The harder variant (seed 1) of a published instance, its locks taken from a short solve. */
function variantOf(problem: SchedulingProblem): SchedulingProblem {
  const known = solveSchedule(problem, { seed: 1, work: 200_000 });
  return harderVariant(problem, new Map(known.assignments.map((a) => [a.meetingId, a.slot])), { seed: 1 });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function pad(value: string | number, width: number): string {
  const text = String(value);
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

export async function runSchedulingBenchmark(options: SchedulingBenchmarkOptions = {}): Promise<SchedulingBenchmarkResult> {
  const seconds = options.seconds ?? 5;
  const seeds = options.seeds ?? [1, 2, 3];
  const dir = options.dir ?? INSTANCE_DIR;
  const gapScope = options.gapScope ?? 'day';
  const log = options.log ?? ((line: string) => console.log(line));
  const loadStart = performance.now();
  const solvers = options.exact === false ? {} : { satSolver: await loadSatSolverFactory(), lpSolver: await loadLpSolver() };
  if (options.exact !== false) log(`Exact phase and coverage bound: CaDiCaL and HiGHS (WebAssembly) loaded in ${(performance.now() - loadStart).toFixed(0)} ms`);
  const names = options.instances ?? instanceNames(dir);

  const budget = options.work === undefined ? `${seconds} s per run` : `work ${options.work} per run (time guard ${20 * seconds} s)`;
  log(`B2B scheduling benchmark: ${names.length} instances, ${budget}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}, seeds ${seeds.join(',')}, gaps counted per ${gapScope}`);
  log(
    [
      pad('instance', 15),
      pad('part', 4),
      pad('meet', 4),
      pad('placed/provable', 15),
      pad('wishes h/e', 10),
      pad('breaks/seed', 12),
      pad('med', 4),
      pad('best', 4),
      pad('exc', 4),
      pad('idle/seed', 12),
      pad('bkIdle', 6),
      pad('maxB', 4),
      pad('fair', 4),
      pad('valid', 5),
      pad('t(s)', 5),
      pad('cpu(s)', 6),
      'exact (breaks before>after, * optimal)',
    ].join(' '),
  );
  const instances: InstanceResult[] = [];
  for (const name of names) {
    const instance = loadInstance(name, dir);
    const published = benchmarkToProblem(instance, gapScope);
    const problem = options.variants === true ? variantOf(published) : published;
    const runs: SeedRun[] = [];
    for (const seed of seeds) {
      const tuning = {
        ...(options.tuning === undefined ? {} : { tuning: options.tuning }),
        ...(options.wishWeight === undefined ? {} : { wishWeight: options.wishWeight }),
      };
      const budget = options.work === undefined ? { timeLimitMs: seconds * 1000 } : { work: options.work, timeLimitMs: 20 * seconds * 1000 };
      const cpuBefore = process.cpuUsage();
      const result = solveSchedule(problem, { seed, ...budget, ...tuning, ...solvers });
      const cpu = process.cpuUsage(cpuBefore);
      const violations = validateSchedule(problem, result, { requireAllPlaced: options.variants !== true });
      const exact = result.stats.exact;
      runs.push({
        seed,
        placed: result.figures.placed,
        provablyPlaceable: result.coverage.provablyPlaceable,
        provedMaximal: result.coverage.provedMaximal,
        breaks: result.figures.breaks,
        idleSlots: result.figures.idleSlots,
        maxBreaksPerParticipant: result.figures.maxBreaksPerParticipant,
        fair: result.figures.fair,
        wishesExpressed: result.figures.wishesExpressed,
        wishesHonoured: result.figures.wishesHonoured,
        valid: violations.length === 0,
        violations: violations.length,
        seconds: result.stats.elapsedMs / 1000,
        cutByGuard: options.work !== undefined && result.stats.stoppedBy === 'time',
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        ...(exact === undefined ? {} : { exact: `${exact.breaksBefore}>${exact.breaksAfter}${exact.provedOptimal ? '*' : ''}` }),
      });
    }
    const medianBreaks = median(runs.map((r) => r.breaks));
    const medianRun = runs.find((r) => r.breaks === medianBreaks)!;
    const bestKnownBreaks = options.variants === true ? undefined : instance.bestKnown?.breaks;
    const row: InstanceResult = {
      instance: name,
      participants: instance.participants,
      meetings: instance.meetings.length,
      slots: instance.slots,
      tables: instance.tables,
      runs,
      medianBreaks,
      medianIdleSlots: medianRun.idleSlots,
      bestKnownBreaks,
      bestKnownIdleSlots: instance.bestKnown?.idleSlots,
      excess: bestKnownBreaks === undefined ? undefined : medianBreaks - bestKnownBreaks,
      allPlaced: runs.every((r) => r.placed === instance.meetings.length),
      allProvedMaximal: runs.every((r) => r.provedMaximal),
      allValid: runs.every((r) => r.valid),
      allFair: runs.every((r) => r.fair),
    };
    instances.push(row);
    log(
      [
        pad(name, 15),
        pad(instance.participants, 4),
        pad(instance.meetings.length, 4),
        pad(coverageColumn(runs), 15),
        pad(wishesColumn(runs), 10),
        pad(runs.map((r) => r.breaks).join(','), 12),
        pad(medianBreaks, 4),
        pad(bestKnownBreaks ?? '-', 4),
        pad(row.excess ?? '-', 4),
        pad(runs.map((r) => r.idleSlots).join(','), 12),
        pad(instance.bestKnown?.idleSlots ?? '-', 6),
        pad(Math.max(...runs.map((r) => r.maxBreaksPerParticipant)), 4),
        pad(row.allFair ? 'yes' : 'no', 4),
        pad(row.allValid ? 'yes' : 'NO', 5),
        pad(Math.max(...runs.map((r) => r.seconds)).toFixed(1) + (runs.some((r) => r.cutByGuard) ? '!' : ''), 5),
        pad(Math.max(...runs.map((r) => r.cpuSeconds)).toFixed(1), 6),
        runs.map((r) => r.exact ?? '-').join(','),
      ].join(' '),
    );
  }
  const withBest = instances.filter((r) => r.excess !== undefined);
  const summary = {
    instances: instances.length,
    atBestKnown: withBest.filter((r) => r.excess! <= 0).length,
    totalExcess: withBest.reduce((sum, r) => sum + Math.max(0, r.excess!), 0),
    allPlaced: instances.every((r) => r.allPlaced),
    provedMaximal: instances.filter((r) => r.allProvedMaximal).length,
    allValid: instances.every((r) => r.allValid),
    fairInstances: instances.filter((r) => r.allFair).length,
  };
  log(
    `Summary: median seed at best known on ${summary.atBestKnown}/${withBest.length}, total excess ${summary.totalExcess}, ` +
      `all placed ${summary.allPlaced ? 'yes' : 'NO'}, proven maximum placed on ${summary.provedMaximal}/${instances.length}, all valid ${summary.allValid ? 'yes' : 'NO'}, ` +
      `fairness (spread <= 2) met on ${summary.fairInstances}/${instances.length}`,
  );
  const cut = instances.flatMap((r) => r.runs.filter((run) => run.cutByGuard).map((run) => `${r.instance} seed ${run.seed}`));
  if (cut.length > 0) log(`Cut by the time guard, not reproducible (raise it with --seconds): ${cut.join(', ')}`);

  let scale: ScaleResult | undefined;
  if (options.scale ?? true) {
    scale = runScaleTest(options.scaleSeconds ?? 20, log);
  }
  return { seconds, ...(options.work === undefined ? {} : { work: options.work }), seeds, gapScope, instances, summary, ...(scale === undefined ? {} : { scale }) };
}

export function runScaleTest(seconds: number, log: (line: string) => void): ScaleResult {
  const problem = syntheticEvent({ seed: 1 });
  const bound = coverageUpperBound(problem);
  const before = process.memoryUsage();
  const result = solveSchedule(problem, { seed: 1, timeLimitMs: seconds * 1000 });
  const after = process.memoryUsage();
  const violations = validateSchedule(problem, result);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const tables = Math.max(...(problem.tables as number[]));
  const scale: ScaleResult = {
    participants: problem.participants?.length ?? 0,
    meetings: problem.meetings.length,
    slots: problem.slots.length,
    tables,
    placed: result.figures.placed,
    upperBound: bound.upperBound,
    coverage: result.figures.placed / bound.upperBound,
    breaks: result.figures.breaks,
    idleSlots: result.figures.idleSlots,
    valid: violations.length === 0,
    seconds: result.stats.elapsedMs / 1000,
    peakRssMb,
    heapUsedMb: Math.max(before.heapUsed, after.heapUsed) / 2 ** 20,
  };
  log(
    `Scale: ${scale.participants} participants, ${scale.meetings} meetings, ${scale.slots} slots, ${tables} tables: ` +
      `placed ${scale.placed} of upper bound ${scale.upperBound} (${(100 * scale.coverage).toFixed(2)}%; ` +
      `placeable ${bound.placeable}, overbooked excess ${bound.overbookedExcess}, degree bound ${bound.degreeBound}, tables ${bound.totalTables}), ` +
      `breaks ${scale.breaks}, idle ${scale.idleSlots}, valid ${scale.valid ? 'yes' : 'NO'}, ` +
      `${scale.seconds.toFixed(1)} s, peak RSS ${scale.peakRssMb.toFixed(0)} MB`,
  );
  return scale;
}

function parseArgs(argv: readonly string[]): SchedulingBenchmarkOptions & { json?: string } {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seconds = value('--seconds');
  const work = value('--work');
  const seeds = value('--seeds');
  const instances = value('--instances');
  const dir = value('--dir');
  const gapScope = value('--gap-scope');
  const scaleSeconds = value('--scale-seconds');
  const json = value('--json');
  const tuning = value('--tuning');
  const wishWeight = value('--wish-weight');
  return {
    ...(wishWeight === undefined ? {} : { wishWeight: Number(wishWeight) }),
    ...(tuning === undefined ? {} : { tuning: JSON.parse(tuning) as Record<string, number> }),
    ...(seconds === undefined ? {} : { seconds: Number(seconds) }),
    ...(work === undefined ? {} : { work: Number(work) }),
    ...(seeds === undefined ? {} : { seeds: seeds.split(',').map(Number) }),
    ...(instances === undefined ? {} : { instances: instances.split(',') }),
    ...(dir === undefined ? {} : { dir }),
    ...(gapScope === 'day' || gapScope === 'session' ? { gapScope } : {}),
    ...(scaleSeconds === undefined ? {} : { scaleSeconds: Number(scaleSeconds) }),
    ...(argv.includes('--no-scale') ? { scale: false } : {}),
    ...(argv.includes('--no-exact') ? { exact: false } : {}),
    ...(argv.includes('--variants') ? { variants: true } : {}),
    ...(json === undefined ? {} : { json }),
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const result = await runSchedulingBenchmark(options);
  if (options.json !== undefined) writeFileSync(options.json, JSON.stringify(result, null, 2));
}
