/**
 * The relaxation phase, with an LP solver, where the first search placed fewer meetings than the combinatorial
 * bound: the relaxation bound (relaxation-bound.ts) may show that it placed the maximum, or that the SAT
 * coverage phase can stop sooner; and where it is still above, the same program with 0/1 variables, started
 * from the search's schedule, usually finds a schedule placing the bound at HiGHS's root node (its cuts and
 * heuristics) in 0.1-2 s, where the SAT solver's "one more" can take millions of steps (docs/scheduling.md).
 * Breaks are not considered: the annealing removes them afterwards, as after the SAT coverage phase.
 */
import type { CompiledProblem } from '../compile';
import { boundOfRelaxation, coverageRelaxation } from '../relaxation-bound';
import { countPlaced } from './coverage-phase';
import type { LpSolver, UnitLinearProgram } from './lp-solver';

export interface RelaxationOutcome {
  readonly upperBound: number;
  /** `best`, or a schedule placing more. */
  readonly best: Int32Array;
}

/** `upperBound`: the combinatorial bound; `deadline`: performance.now() value by which the phase ends. */
export function relaxationPhase(cp: CompiledProblem, best: Int32Array, solveLp: LpSolver, upperBound: number, deadline: number): RelaxationOutcome {
  const seconds = () => (deadline - performance.now()) / 1000;
  const lp = coverageRelaxation(cp);
  const bound = Math.min(upperBound, boundOfRelaxation(lp, solveLp, seconds()) ?? upperBound);
  if (countPlaced(best) >= bound) return { upperBound: bound, best };
  return { upperBound: bound, best: placeByIntegerProgram(cp, lp, best, solveLp, seconds()) ?? best };
}

/** Branch-and-bound nodes allowed (deterministic); every schedule measured was found at the root. */
const MAX_NODES = 50;

/** A schedule placing more meetings than `start` (`lp`: the relaxation of `cp`), or undefined when the solver found none in its limits. */
export function placeByIntegerProgram(cp: CompiledProblem, lp: UnitLinearProgram, start: Int32Array, solveLp: LpSolver, timeLimitSeconds: number): Int32Array | undefined {
  const initial = new Float64Array(lp.columns);
  forEachColumn(cp, (m, j, s) => {
    if (start[m] === s) initial[j] = 1;
  });
  const values = solveLp.integerSolution(lp, initial, { timeLimitSeconds, maxNodes: MAX_NODES });
  if (values === undefined) return undefined;
  const schedule = new Int32Array(cp.M).fill(-1);
  forEachColumn(cp, (m, j, s) => {
    if (values[j]! > 0.5) schedule[m] = s;
  });
  return countPlaced(schedule) > countPlaced(start) && keepsCoverageRules(cp, schedule) ? schedule : undefined;
}

function forEachColumn(cp: CompiledProblem, visit: (meeting: number, column: number, slot: number) => void): void {
  for (let m = 0; m < cp.M; m++) {
    for (let j = cp.domainStart[m]!; j < cp.domainStart[m + 1]!; j++) visit(m, j, cp.domain[j]!);
  }
}

/** Locks kept, one meeting per participant and slot, no more meetings than tables: the solver is checked, not trusted. */
function keepsCoverageRules(cp: CompiledProblem, schedule: Int32Array): boolean {
  const busy = new Set<number>();
  const used = new Int32Array(cp.S);
  for (let m = 0; m < cp.M; m++) {
    const s = schedule[m]!;
    if (cp.fixedSlot[m]! >= 0 && s !== cp.fixedSlot[m]) return false;
    if (s < 0) continue;
    if (cp.preUnplaced.has(m) || ++used[s]! > cp.cap[s]!) return false;
    for (const p of [cp.ma[m]!, cp.mb[m]!]) {
      const key = p * cp.S + s;
      if (busy.has(key)) return false;
      busy.add(key);
    }
  }
  return true;
}
