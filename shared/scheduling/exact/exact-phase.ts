/**
 * The exact phase: from a schedule with every meeting placed and K breaks, ask a CDCL SAT solver for one
 * with fewer breaks — low bounds first (passOrder), since asking for the optimum directly is much faster
 * than lowering the bound one break at a time — until every bound below the best is refuted (the schedule
 * is optimal), the target is reached, the deadline passes or the conflict budget runs out. The solver's
 * decisions follow the given schedule (phases, which CaDiCaL prefers to its own at every decision), so it
 * searches around it. In the
 * first pass only the participants who have a break in the best schedule may have one (the others are kept
 * compact by assumptions): a much smaller search that finds the optimum about twice as often within the
 * benchmark's budget. When such a question is refuted, the participants whose compactness the refutation
 * needed (the failed assumptions) may have a break from then on and it is asked again; a refutation that
 * needs none of them is a proof. Later passes ask without the restriction. On large problems (`descending`)
 * each pass asks for one break fewer than the best instead: the low bounds are out of reach there.
 * reachBound() asks one question without phases instead: a lower bound, only its pairs allowed a break
 * (exact/lower-bound-phase.ts).
 *
 * The local search reaches a few breaks above the optimum quickly, but removing the last ones takes
 * coordinated changes of a hundred meetings or more (measured; see docs/scheduling.md), which is what clause
 * learning over the whole day does well and single moves do not. The formula is built once and kept across
 * passes over the bounds (learned clauses included): between passes the local search can move the start.
 */
import type { CompiledProblem } from '../compile';
import { SearchState } from '../search-state';
import { SOLVER_STEP_WORK, type WorkMeter } from '../work-meter';
import { DayModel, type BreakCounting } from './day-model';
import type { SatSolver, SatSolverFactory, SatSolverOptions } from './sat-solver';

/**
 * The research model's fairness (the breaks of two participants differ by at most 2) as a cap per
 * participant: at most this many breaks, or as many as they have in the first start. Without it the solver
 * concentrated breaks on one participant (forum-13crafb: 3 breaks for one, unfair) where the benchmark's
 * optima are fair; as a hard constraint it also made the solver faster (ticf-13crafc at its optimum with 6
 * seeds of 6, against 3 with the cap as an assumption). So `provedOptimal` means: no fair schedule (in
 * this sense) has fewer breaks.
 */
const FAIR_MAX_BREAKS = 2;
/**
 * In reachBound() and the descending passes, every table limit is added once this many models have
 * overfilled slots: the lazy rounds after the second are each a fresh hard solve on the large days
 * (forum-14's lower-bound question: 1.9-4.4 s instead of 1.4-5.4 s, every limit from the start 2.0-4.2 s;
 * forum-13crafb's first step down 1.1-3.1 s instead of 1.9-3.3 s). The 154-meeting days, which ask for low
 * bounds first, did worse with it (docs/scheduling.md, tenth round).
 */
const ALL_TABLE_LIMITS_AFTER_OVERFILLS = 2;

/** A formula that does not depend on the first start (the lower-bound question asks without it). */
export interface FormulaShape {
  readonly countBreaksUpTo: number;
  readonly maxBreaksPerParticipant: number;
}

export interface ExactLimits {
  /** performance.now() value at which the search stops. */
  readonly deadline: number;
  /** With a work meter: the search stops when it has reached this much work. */
  readonly workCap?: number;
  /** Conflict budget of a solver call in the first pass over the bounds (it doubles with every pass). */
  readonly firstConflicts: number;
  /** No pass with a larger budget per call (for reproducible runs); unlimited by default. */
  readonly maxConflicts?: number;
  /** Stop once this many breaks are reached. */
  readonly targetBreaks: number;
  /**
   * Passes over the bounds (the first ones) in which only participants with a break in the best schedule may
   * have one (plus those that restricted refutations needed): a much smaller search.
   */
  readonly restrictedPasses?: number;
  /** Ask for one break fewer than the best at a time instead of low bounds first (large problems). */
  readonly descending?: boolean;
  /** A new start (with at most as many breaks) after a pass that found nothing. */
  readonly afterFruitlessPass?: (best: Int32Array) => Int32Array;
}

export interface ExactOutcome {
  /** The best schedule: the start or an improvement of it. */
  readonly schedule: Int32Array;
  readonly breaks: number;
  /** The solver proved that no schedule with fewer breaks exists. */
  readonly provedOptimal: boolean;
}

/** A probe's hook (bench/scheduling/descent-probe.ts): called with the breaks of every improvement. */
let onImprovement: ((breaks: number) => void) | undefined;
export function traceImprovements(hook: ((breaks: number) => void) | undefined): void {
  onImprovement = hook;
}

export class ExactSearch {
  private readonly state: SearchState;
  private readonly solver: SatSolver;
  private readonly model: DayModel;
  private deadline = Number.POSITIVE_INFINITY;
  /** With a work budget: the solver stops when the meter reaches this. */
  private workCap = Number.POSITIVE_INFINITY;
  /**
   * compact(p, g) literals a restricted refutation needed: those participants may have a break from then on
   * (reachBound() starts with the pairs its bound counts).
   */
  private readonly mayBreak = new Set<number>();
  private overfilledModels = 0;
  private allTableLimitsAfter = Number.POSITIVE_INFINITY;

  solverCalls = 0;
  /** The last model that overfilled slots (before their table limits were added), if any. */
  lastOverfilled: Int32Array | undefined;

  /**
   * `firstStart`: the first schedule improve() will get (every meeting placed). The formula counts breaks up
   * to its number, and gives no participant more breaks than FAIR_MAX_BREAKS or than they have in it.
   */
  constructor(
    cp: CompiledProblem,
    createSolver: SatSolverFactory,
    firstStart: Int32Array,
    solverOptions?: SatSolverOptions,
    private readonly meter?: WorkMeter,
    counting?: BreakCounting,
    shape?: FormulaShape,
  ) {
    this.state = new SearchState(cp);
    this.state.load(firstStart);
    const startBreaksOf = Int32Array.from(this.state.pBreaks);
    const countUpTo = shape?.countBreaksUpTo ?? this.state.breaks;
    const capOf = shape === undefined ? (p: number) => Math.max(FAIR_MAX_BREAKS, startBreaksOf[p]!) : () => shape.maxBreaksPerParticipant;
    this.solver = createSolver(solverOptions);
    this.solver.setTerminate(() => {
      meter?.charge(SOLVER_STEP_WORK);
      return this.outOfBudget();
    });
    this.model = new DayModel(cp, this.solver, countUpTo, capOf, counting);
  }

  private outOfBudget(): boolean {
    return (this.meter?.reached(this.workCap) ?? false) || performance.now() >= this.deadline;
  }

  get variables(): number {
    return this.model.variables;
  }

  /**
   * From `start` (every meeting placed, at most as many breaks as the first start) until the deadline, a
   * proof of optimality or the conflict limit. Low bounds are tried first (passOrder; one break fewer at a
   * time with `descending`), each call with a conflict budget that doubles after every pass: asking for the
   * optimum directly is much faster than lowering the bound one break at a time (measured: the optimum of
   * forum-13crafc in 2-4 s against often not within 10 s), and a refuted bound is a proof that stays. After a pass that found nothing, `afterFruitlessPass`
   * may move the start (the solver's time to a solution varies a lot with it).
   */
  improve(start: Int32Array, limits: ExactLimits): ExactOutcome {
    const { state, model } = this;
    this.deadline = limits.deadline;
    this.workCap = limits.workCap ?? Number.POSITIVE_INFINITY;
    if (limits.descending) this.allTableLimitsAfter = ALL_TABLE_LIMITS_AFTER_OVERFILLS;
    state.load(start);
    let best: Int32Array = Int32Array.from(start);
    let bestBreaks = state.breaks;
    // Every bound below lowestOpen is refuted (a proof); bounds below the target are not worth asking for.
    let lowestOpen = 0;
    const floor = Math.max(0, limits.targetBreaks);
    let step = 0;
    let conflicts = limits.firstConflicts;
    let improvedInPass = false;
    let pass = 0;
    const maxConflicts = limits.maxConflicts ?? Number.POSITIVE_INFINITY;
    model.suggest(best);
    while (bestBreaks > floor && lowestOpen < bestBreaks && conflicts <= maxConflicts && !this.outOfBudget()) {
      const bound = limits.descending
        ? (step === 0 ? bestBreaks - 1 : undefined)
        : passOrder(Math.max(lowestOpen, floor), bestBreaks, step);
      if (bound === undefined) {
        if (!improvedInPass && limits.afterFruitlessPass) {
          const moved = limits.afterFruitlessPass(best);
          state.load(moved);
          if (state.breaks <= bestBreaks) [best, bestBreaks] = [moved, state.breaks];
          else state.load(best);
          model.suggest(best);
        }
        [step, conflicts, improvedInPass] = [0, conflicts * 2, false];
        pass++;
        continue;
      }
      const restricted = pass < (limits.restrictedPasses ?? 0);
      const found = this.scheduleWithin(bound, conflicts, () => (restricted ? this.compactAssumptions(true) : []));
      if (found === 'refuted') {
        lowestOpen = Math.max(lowestOpen, bound + 1); // no schedule with at most `bound` breaks: none with fewer
        step++;
      } else if (found === null) {
        step++;
      } else {
        state.load(found);
        [best, bestBreaks, improvedInPass, step] = [found, state.breaks, true, 0];
        onImprovement?.(bestBreaks);
        model.suggest(best);
      }
    }
    return { schedule: best, breaks: bestBreaks, provedOptimal: lowestOpen >= bestBreaks };
  }

  /**
   * Ask for a schedule with `bound` breaks in which only the (participant, group) pairs `mayBreak` (indices
   * p * G + g) may have a break, until the deadline: for a lower bound (forced-breaks.ts), where such a
   * schedule is optimal. No phases from a start: the solver finds these schedules faster on its own
   * (docs/scheduling.md, tenth round). The pairs a refutation needs are freed and it asks again.
   */
  reachBound(bound: number, mayBreak: readonly number[], deadline: number, workCap = Number.POSITIVE_INFINITY): ExactOutcome | null {
    this.deadline = deadline;
    this.workCap = workCap;
    this.allTableLimitsAfter = ALL_TABLE_LIMITS_AFTER_OVERFILLS;
    for (const i of mayBreak) this.mayBreak.add(this.model.compactLiteral(i));
    const found = this.scheduleWithin(bound, undefined, () => this.compactAssumptions(false));
    if (!(found instanceof Int32Array)) return null;
    this.state.load(found);
    return { schedule: found, breaks: this.state.breaks, provedOptimal: this.state.breaks <= bound };
  }

  /**
   * A fair schedule (FAIR_MAX_BREAKS) with at most k breaks, 'refuted' if none exists, null if the budget ran
   * out first. `keepCompactNow`: the compactness assumptions of each call (none: every participant may have a
   * break). A refutation needs some of them: those pairs may have a break from then on (mayBreak) and it
   * asks again; a refutation that needs none of them is a proof. Table limits are added for the slots a
   * model overfills, and for every slot once allTableLimitsAfter models have overfilled some.
   */
  private scheduleWithin(k: number, conflicts: number | undefined, keepCompactNow: () => number[]): Int32Array | 'refuted' | null {
    const { solver, model } = this;
    for (;;) {
      this.solverCalls++;
      const keepCompact = keepCompactNow();
      const status = solver.solve([...model.atMostBreaks(k), ...keepCompact], conflicts);
      if (status === 'unsatisfiable') {
        const needed = keepCompact.filter((literal) => solver.failed(literal));
        if (needed.length === 0) return 'refuted';
        for (const literal of needed) this.mayBreak.add(literal);
        continue;
      }
      if (status === 'unknown') return null;
      const found = model.schedule(solver.model());
      const overfilled = model.overfilledSlots(found);
      if (overfilled.length === 0) return found;
      this.lastOverfilled = found;
      for (const s of overfilled) model.addTableLimit(s);
      if (++this.overfilledModels === this.allTableLimitsAfter) model.addAllTableLimits();
    }
  }

  /** compact(p, g) for every participant and group not freed (`onlyCompactInBest`: and without a break in the best schedule). */
  private compactAssumptions(onlyCompactInBest: boolean): number[] {
    const literals: number[] = [];
    const groupBreaks = this.state.gBreaks;
    for (let i = 0; i < groupBreaks.length; i++) {
      const literal = this.model.compactLiteral(i);
      if (literal !== 0 && (!onlyCompactInBest || groupBreaks[i] === 0) && !this.mayBreak.has(literal)) literals.push(literal);
    }
    return literals;
  }

  dispose(): void {
    this.solver.dispose();
  }
}

/**
 * The bounds of a pass in the order tried: one above the lowest open bound first (the lowest is often a
 * refutation that takes long, and an optimum just above it is found much faster when asked for directly),
 * then the lowest, then upwards. undefined at the end of the pass.
 */
function passOrder(lowest: number, bestBreaks: number, step: number): number | undefined {
  const order = lowest + 1 < bestBreaks ? [lowest + 1, lowest] : [lowest];
  for (let k = lowest + 2; k < bestBreaks; k++) order.push(k);
  return order[step];
}
