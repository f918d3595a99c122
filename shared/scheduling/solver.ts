/**
 * Entry point: schedule all meetings of a B2B event at once ("Schedule All").
 *
 * Pure and synchronous: no I/O, no worker threads. A constructive placement is improved by simulated
 * annealing with Kempe-chain, block and ejection moves (local-search.ts), with tabu searches for a schedule
 * without any break once only one or two are left (window-phase.ts). Given a SAT solver (options.satSolver,
 * injected by the caller), small enough problems then go through the exact phase (exact/exact-phase.ts) after
 * 15% of the budget (5% where it lowers the bound one break at a time), and the annealing polishes its
 * result for the time left; larger ones get one question to the solver, for a schedule with as few breaks
 * as the lower bound (exact/lower-bound-phase.ts), when the budget is large enough for it to answer.
 *
 * Deterministic for a given seed: the search trajectory depends only on the seed and the iteration count;
 * with a time budget the clock decides where the phases end and the run stops. With a work budget
 * (options.work, work-meter.ts) every phase ends at a count of work instead, so a seed gives the same
 * schedule on any machine and under any load; the time limit then only guards. Anytime: the best schedule found when the budget ends is returned; it always satisfies
 * every hard constraint; meetings that could not be placed are listed with a reason.
 */
import { compileProblem, SchedulingInputError } from './compile';
import { diagnoseUnplaced } from './diagnose';
import { computeFigures } from './figures';
import { continueSearch, descendsOneBreakAtATime, exactThenPolish } from './exact/exact-then-polish';
import { lowerBoundThenPolish } from './exact/lower-bound-phase';
import { groupsThatNeedABreak } from './forced-breaks';
import { runSearch, type SearchOutcome, type SearchParams } from './local-search';
import type { Assignment, ExactPhaseStats, SchedulingProblem, ScheduleResult, SolveOptions } from './model';
import { assignTables } from './tables';
import { WorkMeter } from './work-meter';
import { coverageUpperBoundOf } from './coverage-bound';
import { countPlaced, maximiseCoverage, type CoverageOutcome } from './exact/coverage-phase';
import { relaxationPhase } from './exact/relaxation-phase';
import { keepHonouredWishes } from './keep-honoured-wishes';
import { CALIBRATION_SHARE, cpuMs, cpuShareBetween, estimateWork } from './time-to-work';

/** What a budget allows: whether the lower-bound question is asked, the search's tuning, the first search's share. */
interface Plan {
  readonly questionPossible: boolean;
  readonly tuning: Readonly<Record<string, number>> | undefined;
  readonly firstShare: number;
}

export const DEFAULT_TIME_LIMIT_MS = 5000;
export const DEFAULT_IDLE_WEIGHT = 0.05;
/**
 * One unhonoured wish weighs 1.5 breaks: a schedule honouring one more wish at the price of one more break is
 * better, one costing two more breaks is worse (an organiser's "a wish outweighs one break", and a proposed
 * slot is one wish for two people while a break is one person's). Coverage always comes first.
 */
export const DEFAULT_WISH_WEIGHT = 1.5;
/**
 * With a work budget and no time limit, the clock still stops a run after this long: a guard, not a budget
 * (stats.stoppedBy says 'time' when it cut the run, which is then no longer reproducible).
 */
export const DEFAULT_WORK_TIME_GUARD_MS = 120_000;

/**
 * Share of the time budget the local search gets before the exact phase (when a SAT solver is given). 15%
 * rather than 30%: ticf-13crafc at its optimum with 6 seeds of 6 instead of 4, the 195-meeting days the same
 * or slightly better (docs/scheduling.md, tenth round).
 */
const EXACT_PHASE_AFTER = 0.15;
/**
 * On the problems where the exact phase lowers the bound one break at a time (the 195-meeting days), it
 * starts after 5% instead: its first steps from a poorer start are cheap, and the solver gets the time.
 * ticf-13crafb 3,4,4,4,4,3 (seeds 1-6) against 4,6,5,5,5,4, forum-13crafb the same (7-8); after 2% the
 * starts were too poor (30 breaks), after 8% no better than 5% (docs/scheduling.md, eleventh round).
 */
const EXACT_DESCENT_AFTER = 0.05;
/**
 * Above this many (meeting, legal slot) pairs the exact phase does not pay off within seconds (measured on the
 * benchmark at WebAssembly speed: it helps the 195-meeting days, ~3,300, and on the 302-meeting days, ~5,900,
 * the local search alone does as well or better).
 */
const EXACT_PHASE_MAX_PLACEMENTS = 4500;
/**
 * Larger problems, up to this many pairs, get one question to the solver instead (exact/lower-bound-phase.ts),
 * asked after LOWER_BOUND_QUESTION_AFTER of the budget and dropped at LOWER_BOUND_QUESTION_UNTIL. The
 * benchmark's 302-meeting days have 5,352 and 5,926 pairs (formula built in 0.05-0.4 s); the limit is about
 * twice that, as larger formulas were not measured. From 5% to 95%: every seed of 6 answered on both days,
 * against 3 and 5 of 6 from 10% to 90%, and fewer until 75% (docs/scheduling.md, tenth round).
 */
const LOWER_BOUND_QUESTION_MAX_PLACEMENTS = 12_000;
const LOWER_BOUND_QUESTION_AFTER = 0.05;
const LOWER_BOUND_QUESTION_UNTIL = 0.95;
/**
 * The question is only asked with at least this budget. Its formula does not depend on the start
 * (lower-bound-phase.ts), so its cost is a property of the day: 3.0 M units of work on forum-14 with every
 * seed, answered after 5% + 3.0 M units, i.e. from a budget of about 3.4 M units (forum-14 2,2,2 with 3.5 M
 * and 4 M units, against 6,5,6 for the annealing alone). A question that does not answer leaves the schedule
 * of the annealing's first 5% (forum-14 8,10,8 with 4 M units before the formula was sized to the bound;
 * docs/scheduling.md, twelfth and fifteenth rounds). By time: 3.5 M units are about 2.2 s of an idle core on
 * these days, plus the formula's construction (0.05-0.4 s, not metered), hence 3 s. With a time budget the
 * decision is made on the work the budget buys at the CPU share the run has had (time-to-work.ts), at the rate
 * these two make (3.5 M units per 3 s of a whole core): the same decision on an idle core, none of the
 * question's cliff on a busy one (forum-14 at 5 s with ~0.4 of a core: 7,7,7 breaks against 71,74,45;
 * docs/scheduling.md, sixteenth round).
 */
const LOWER_BOUND_QUESTION_MIN_WORK = 3_500_000;
const LOWER_BOUND_QUESTION_MIN_MS = 3000;
/**
 * Where the question is not asked (budget too small, or a lower bound of 0: then the window search looks for
 * the same zero-break schedule, without the question's cliff when the budget falls short), the annealing
 * alone has those days, and the window search (window-phase.ts) is what removes their last breaks: started
 * after a stall of 2^18 iterations instead of 2^19, every 2^18, and from up to 3 breaks instead of 2, it took
 * ticf-14crafa (optimum 0) to 0,2,0,0,2,3 breaks with 4 M units (seeds 1-6) against 3,2,1,3,2,3, and to 0,2,0
 * with 6 M units, where the question gave 0,0,2 (docs/scheduling.md, fourteenth and fifteenth rounds).
 */
const SHORT_BUDGET_WINDOW_TUNING: Readonly<Record<string, number>> = {
  windowAfterStall: 1 << 18,
  windowEvery: 1 << 18,
  windowMaxBreaks: 3,
};

/**
 * The coverage phase (exact/coverage-phase.ts) runs when the first search leaves placeable meetings unplaced
 * below the coverage bound, on problems of up to this many (meeting, legal slot) pairs, until this share of
 * the budget at the latest (it usually answers in well under a second at the benchmark's sizes).
 */
const COVERAGE_MAX_PLACEMENTS = 40_000;
const COVERAGE_UNTIL = 0.5;
/**
 * With a time budget, the relaxation phase (exact/relaxation-phase.ts) may run until this share: placing comes
 * first, and its integer program needs 0.1-2 s at the root where the SAT solver's "one more" can take far
 * longer (docs/scheduling.md, "Coverage first, proven"). The SAT coverage phase keeps COVERAGE_UNTIL.
 */
const RELAXATION_UNTIL = 0.7;
/** Without the exact phase or the question, the first search gets this share before the coverage phase. */
const COVERAGE_AFTER = 0.3;

/**
 * Options that cannot be a budget or a weight are malformed input. A NaN time limit made every deadline
 * comparison false, so a run without a work or iteration budget never stopped (an endless Lambda); a NaN work
 * budget was never reached and ran to the 120 s guard; NaN weights poison the search's energy. An infinite time
 * limit with nothing else to stop the run would never end either.
 */
function checkOptions(options: SolveOptions): void {
  const numeric = ['seed', 'timeLimitMs', 'work', 'maxIterations', 'targetBreaks', 'idleWeight', 'wishWeight'] as const;
  for (const key of numeric) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value))) {
      throw new SchedulingInputError(`Option ${key} must be a number, not ${String(value)}.`);
    }
  }
  const stopsOtherwise = Number.isFinite(options.work ?? Number.NaN) || Number.isFinite(options.maxIterations ?? Number.NaN);
  if (options.timeLimitMs === Number.POSITIVE_INFINITY && !stopsOtherwise) {
    throw new SchedulingInputError('An infinite time limit needs a finite work or iteration budget: the run would never end.');
  }
}

export function solveSchedule(problem: SchedulingProblem, options: SolveOptions = {}): ScheduleResult {
  checkOptions(options);
  const start = performance.now();
  const seed = options.seed ?? 1;
  const cp = compileProblem(problem);
  const byWork = options.work !== undefined;
  // With a time budget and a SAT solver (the phases), the plan is decided on the work the budget buys at the
  // CPU share measured in its first CALIBRATION_SHARE (time-to-work.ts); an iteration budget stays as it is.
  // Tuning key timeToWork 0 decides by the seconds (the code before the sixteenth round), for comparisons.
  const calibrating =
    !byWork && options.maxIterations === undefined && options.satSolver !== undefined && (options.tuning?.['timeToWork'] ?? 1) > 0;
  const cpuAtStart = calibrating ? cpuMs() : undefined;
  const defaultLimit = byWork ? DEFAULT_WORK_TIME_GUARD_MS : DEFAULT_TIME_LIMIT_MS;
  const deadline = start + (options.timeLimitMs ?? defaultLimit);
  // Only the plan follows the estimate: the phases keep their shares of the time. (The exact phase's start moved
  // by counts of iterations, as with a work budget, instead of 0.3 s slices: no better on the 195-meeting days,
  // sixteenth round.)
  const meter = byWork ? new WorkMeter(options.work!) : undefined;
  const tune = (key: string, fallback: number): number => options.tuning?.[key] ?? fallback;
  const placements = cp.domain.length;
  const exactPossible = options.satSolver !== undefined && placements <= tune('exactMaxPlacements', EXACT_PHASE_MAX_PLACEMENTS);
  const questionSized =
    options.satSolver !== undefined && !exactPossible && placements <= tune('questionMaxPlacements', LOWER_BOUND_QUESTION_MAX_PLACEMENTS);
  const lowerBound = questionSized ? groupsThatNeedABreak(cp) : [];
  // With a lower bound of 0 the question asks for what the window search looks for (fifteenth round).
  const questionUseful = lowerBound.length > 0 || tune('questionForZeroBound', 0) > 0;
  const exactAfter = descendsOneBreakAtATime(cp, options.tuning)
    ? tune('exactDescentAfter', EXACT_DESCENT_AFTER)
    : tune('exactAfter', EXACT_PHASE_AFTER);
  const coveragePossible = options.satSolver !== undefined && placements <= tune('coverageMaxPlacements', COVERAGE_MAX_PLACEMENTS);
  // What the budget allows: decided by the work when it is known (a work budget, or a calibrated time budget).
  const planFor = (work: number | undefined): Plan => {
    const questionBudgetSuffices =
      work !== undefined ? work >= tune('questionMinWork', LOWER_BOUND_QUESTION_MIN_WORK) : deadline - start >= tune('questionMinMs', LOWER_BOUND_QUESTION_MIN_MS);
    const questionPossible = questionSized && questionUseful && questionBudgetSuffices;
    const questionSkipped = questionSized && !questionPossible;
    return {
      questionPossible,
      tuning: questionSkipped ? { ...SHORT_BUDGET_WINDOW_TUNING, ...options.tuning } : options.tuning,
      firstShare: exactPossible
        ? exactAfter
        : questionPossible
          ? tune('questionAfter', LOWER_BOUND_QUESTION_AFTER)
          : coveragePossible
            ? tune('coverageAfter', COVERAGE_AFTER)
            : 1,
    };
  };
  // Before the calibration, as if the budget sufficed for everything (only the first search's end depends on it).
  let plan = planFor(byWork ? options.work : calibrating ? Number.POSITIVE_INFINITY : undefined);
  let workBudget: number | undefined;
  // A phase boundary: a share of the work with a work budget, else a share of the time.
  const at = (share: number): number => start + share * (deadline - start);
  const workAt = (share: number): number => Math.round(share * meter!.limit);
  const searchParams = (share: number): SearchParams => ({
    seed,
    deadline: byWork ? deadline : at(share),
    maxIterations: options.maxIterations ?? Number.POSITIVE_INFINITY,
    ...(meter === undefined ? {} : { meter, workCap: workAt(share) }),
    targetBreaks: options.targetBreaks ?? 0,
    idleWeight: options.idleWeight ?? DEFAULT_IDLE_WEIGHT,
    wishWeight: options.wishWeight ?? DEFAULT_WISH_WEIGHT,
    ...(plan.tuning === undefined ? {} : { tuning: plan.tuning }),
  });
  // The rate of an idle core: the question's minimum work over its minimum seconds (3.5 M units in 3 s), so that
  // with a whole core the decision is the one the seconds made, and with less the work decides.
  const unitsPerCpuMs = tune('unitsPerCpuMs', LOWER_BOUND_QUESTION_MIN_WORK / LOWER_BOUND_QUESTION_MIN_MS);
  const calibrate = (): number => {
    const share = cpuShareBetween(start, performance.now(), cpuAtStart, cpuMs());
    workBudget = estimateWork(deadline - start, share, unitsPerCpuMs);
    plan = planFor(workBudget);
    return at(plan.firstShare);
  };
  const firstParams: SearchParams = calibrating
    ? { ...searchParams(plan.firstShare), calibration: { atMs: at(CALIBRATION_SHARE), resolve: calibrate } }
    : searchParams(plan.firstShare);
  let outcome: SearchOutcome & { exact?: ExactPhaseStats } = runSearch(cp, firstParams);
  // A first search that ended before the calibration point (a perfect schedule, nothing movable) calibrates here.
  if (calibrating && workBudget === undefined) calibrate();
  const firstShare = plan.firstShare;
  const coverageSized = placements <= tune('coverageMaxPlacements', COVERAGE_MAX_PLACEMENTS);
  const coverageUntil = Math.max(firstShare, tune('coverageUntil', COVERAGE_UNTIL));
  const coverageDeadline = byWork ? deadline : at(coverageUntil);
  const bound = coverageUpperBoundOf(cp);
  let upperBound = bound.upperBound;
  if (options.lpSolver !== undefined && coverageSized && countPlaced(outcome.best) < upperBound) {
    const relaxationDeadline = byWork ? deadline : at(Math.max(coverageUntil, tune('relaxationUntil', RELAXATION_UNTIL)));
    const relaxed = relaxationPhase(cp, outcome.best, options.lpSolver, upperBound, relaxationDeadline);
    upperBound = relaxed.upperBound;
    outcome = { ...outcome, best: relaxed.best };
  }
  let coverage: CoverageOutcome | undefined;
  const unplacedAfterSearch = bound.placeable - countPlaced(outcome.best);
  const placedBelowBound = countPlaced(outcome.best) < upperBound;
  const coverageTimeLeft = performance.now() < coverageDeadline; // the relaxation phase may have used it up
  if (options.satSolver !== undefined && unplacedAfterSearch > 0 && placedBelowBound && coverageSized && coverageTimeLeft) {
    coverage = maximiseCoverage(cp, outcome.best, options.satSolver, {
      deadline: coverageDeadline,
      ...(meter === undefined ? {} : { meter, workCap: workAt(coverageUntil) }),
      upperBound,
    });
    if (coverage.placed > countPlaced(outcome.best)) outcome = { ...outcome, best: coverage.schedule };
  }
  // The SAT phases minimise breaks only: with wishes, they (and the polish after them) work on the problem
  // where no meeting loses a wish its slot honours now (keep-honoured-wishes.ts), once every meeting is placed.
  const satCp = countPlaced(outcome.best) === bound.placeable ? keepHonouredWishes(cp, outcome.best) : cp;
  if (exactPossible && outcome.stoppedBy !== 'target') {
    outcome = exactThenPolish(satCp, outcome, options.satSolver!, searchParams(1));
  } else if (plan.questionPossible && outcome.stoppedBy !== 'target') {
    const until = tune('questionUntil', LOWER_BOUND_QUESTION_UNTIL);
    outcome = lowerBoundThenPolish(satCp, outcome, options.satSolver!, searchParams(1), at(until), byWork ? workAt(until) : undefined);
  } else if (firstShare < 1 && outcome.stoppedBy !== 'target') {
    outcome = continueSearch(cp, outcome, searchParams(1), outcome.best);
  }
  if (meter !== undefined && outcome.stoppedBy === 'iterations' && performance.now() >= deadline) {
    outcome = { ...outcome, stoppedBy: 'time' };
  }
  const best = outcome.best;
  const tables = assignTables(cp, best);
  const assignments: Assignment[] = [];
  for (let m = 0; m < cp.M; m++) {
    const s = best[m]!;
    if (s >= 0) assignments.push({ meetingId: cp.meetingIds[m]!, slot: s, table: tables[m]! });
  }
  const unplaced = diagnoseUnplaced(cp, best);
  const placed = assignments.length;
  const provedBy = placed >= upperBound ? 'bound' : coverage?.provedMaximal === true && coverage.placed === placed ? 'solver' : undefined;
  const report = computeFigures(problem, assignments);
  return {
    assignments,
    unplaced,
    coverage: {
      placed,
      provablyPlaceable: provedBy === undefined ? upperBound : placed,
      provedMaximal: provedBy !== undefined,
      ...(provedBy === undefined ? {} : { provedBy }),
    },
    figures: report.figures,
    perParticipant: report.perParticipant,
    stats: {
      seed,
      iterations: outcome.iterations,
      elapsedMs: performance.now() - start,
      stoppedBy: outcome.stoppedBy,
      bestFoundAtIteration: outcome.bestFoundAtIteration,
      restarts: outcome.restarts,
      ...(meter === undefined ? {} : { work: meter.spent }),
      ...(workBudget === undefined ? {} : { workBudget }),
      ...(outcome.exact === undefined ? {} : { exact: outcome.exact }),
    },
  };
}
