/**
 * Coverage first, proven: the most meetings any schedule can place, asked of the SAT solver before breaks
 * matter. A variable per (meeting, legal slot), at most one per meeting, at most one meeting per
 * participant and slot, at most `tables` meetings per slot, locked meetings in their slot; a sequential
 * counter over the unplaced meetings makes "at most k unplaced" an assumption. From the local search's
 * best (its placements are the solver's phases), k is lowered one at a time: a model is a schedule placing
 * more (its breaks are the annealing's business afterwards), a refutation proves the count maximal.
 *
 * The local search alone sometimes leaves a meeting or two unplaced where a schedule placing them exists,
 * typically with many locked meetings and unavailable slots (bench/scheduling/harder-variants.ts); the
 * solver settles that in well under a second on the benchmark's sizes.
 */
import type { CompiledProblem } from '../compile';
import { SOLVER_STEP_WORK, type WorkMeter } from '../work-meter';
import { CnfBuilder } from './cnf-builder';
import { PlacementGroups } from './placement-groups';
import type { SatSolverFactory } from './sat-solver';

export interface CoverageLimits {
  /** performance.now() value at which the solver stops. */
  readonly deadline: number;
  readonly meter?: WorkMeter;
  /** With a meter: the solver stops when it has reached this much work. */
  readonly workCap?: number;
  /** The coverage upper bound (coverage-bound.ts): a schedule placing this many needs no refutation. */
  readonly upperBound?: number;
}

export interface CoverageOutcome {
  /** The start, or a schedule placing more meetings (breaks not considered). */
  readonly schedule: Int32Array;
  readonly placed: number;
  /** The solver refuted placing one more, or `placed` reached the upper bound: `placed` is the maximum. */
  readonly provedMaximal: boolean;
}

export function maximiseCoverage(cp: CompiledProblem, start: Int32Array, createSolver: SatSolverFactory, limits: CoverageLimits): CoverageOutcome {
  const { M } = cp;
  const solver = createSolver();
  const cap = limits.workCap ?? Number.POSITIVE_INFINITY;
  solver.setTerminate(() => {
    limits.meter?.charge(SOLVER_STEP_WORK);
    return (limits.meter?.reached(cap) ?? false) || performance.now() >= limits.deadline;
  });
  try {
    const cnf = new CnfBuilder(solver);
    const x: number[][] = [];
    const groups = new PlacementGroups<number>(cp);
    const unplacedLiterals: number[] = [];
    for (let m = 0; m < M; m++) {
      const vars: number[] = [];
      if (!cp.preUnplaced.has(m)) {
        for (let j = cp.domainStart[m]!; j < cp.domainStart[m + 1]!; j++) {
          const s = cp.domain[j]!;
          const v = cnf.newVar();
          vars.push(v);
          groups.add(m, s, v);
        }
        if (cp.fixedSlot[m]! >= 0) cnf.add([vars[0]!]);
        else {
          const placed = cnf.newVar();
          cnf.add([-placed, ...vars]);
          for (const v of vars) cnf.add([-v, placed]);
          unplacedLiterals.push(-placed);
        }
        cnf.atMostOne(vars);
      }
      x.push(vars);
    }
    for (const list of groups.participantSlots()) cnf.atMostOne(list);
    groups.bySlot.forEach((list, s) => cnf.atMost(list, cp.cap[s]!));
    let best = start;
    let unplaced = countUnplaced(cp, start);
    const atLeast = unplaced > 0 ? cnf.counter(unplacedLiterals, unplaced, true) : [];
    cnf.commit();
    for (let m = 0; m < M; m++) {
      const vars = x[m]!;
      for (let k = 0; k < vars.length; k++) {
        const s = cp.domain[cp.domainStart[m]! + k]!;
        solver.phase(cnf.literal(start[m] === s ? vars[k]! : -vars[k]!));
      }
    }
    while (unplaced > 0) {
      // atLeast[j - 1] follows from "j or more unplaced": assuming it false keeps at most j - 1 unplaced.
      const status = solver.solve([cnf.literal(-atLeast[unplaced - 1]!)]);
      if (status === 'unsatisfiable') return { schedule: best, placed: countPlaced(best), provedMaximal: true };
      if (status === 'unknown') break;
      const model = solver.model();
      const schedule = new Int32Array(M).fill(-1);
      for (let m = 0; m < M; m++) {
        const vars = x[m]!;
        for (let k = 0; k < vars.length; k++) if (cnf.isTrue(model, vars[k]!)) schedule[m] = cp.domain[cp.domainStart[m]! + k]!;
      }
      best = schedule;
      unplaced = countUnplaced(cp, schedule);
      if (countPlaced(best) >= (limits.upperBound ?? Number.POSITIVE_INFINITY)) return { schedule: best, placed: countPlaced(best), provedMaximal: true };
    }
    return { schedule: best, placed: countPlaced(best), provedMaximal: unplaced === 0 };
  } finally {
    solver.dispose();
  }
}

/** Placeable meetings (those with a legal slot) the schedule leaves unplaced. */
function countUnplaced(cp: CompiledProblem, schedule: Int32Array): number {
  let n = 0;
  for (let m = 0; m < cp.M; m++) if (schedule[m]! < 0 && !cp.preUnplaced.has(m)) n++;
  return n;
}

/** Meetings the schedule places (a slot, or -1). */
export function countPlaced(schedule: Int32Array): number {
  let n = 0;
  for (const s of schedule) if (s >= 0) n++;
  return n;
}
