/**
 * An upper bound on the number of meetings any schedule can place ("coverage upper bound"):
 *
 *   min( total tables over all slots,  placeable - ceilingOfUnavoidableLosses )
 *
 * where placeable counts the meetings with at least one legal slot (availability, session wish, tables,
 * valid lock), and the unavoidable losses come from overbooked participants: a participant p can meet at
 * most once in each slot that one of their meetings could take, so at least excess(p) = meetings(p) -
 * usableSlots(p) of their meetings stay unplaced. One unplaced meeting removes the excess of at most two
 * participants, and only if both are overbooked, so at least
 *   sum(excess) - min(meetings between two overbooked participants, floor(sum(excess) / 2))
 * meetings stay unplaced.
 */
import { compileProblem, type CompiledProblem } from './compile';
import { overbooked } from './diagnose';
import type { SchedulingProblem } from './model';

export interface CoverageBound {
  readonly requested: number;
  /** Meetings with at least one legal slot. */
  readonly placeable: number;
  readonly totalTables: number;
  /** Sum over participants of max(0, meetings - usable slots). */
  readonly overbookedExcess: number;
  readonly upperBound: number;
}

export function coverageUpperBound(problem: SchedulingProblem): CoverageBound {
  return coverageUpperBoundOf(compileProblem(problem));
}

export function coverageUpperBoundOf(cp: CompiledProblem): CoverageBound {
  const { S, P, M } = cp;
  let totalTables = 0;
  for (let s = 0; s < S; s++) totalTables += cp.cap[s]!;
  const placeable = M - cp.preUnplaced.size;
  const excess = new Int32Array(P);
  let sumExcess = 0;
  for (const [p, { meetings, slots }] of overbooked(cp)) {
    excess[p] = meetings - slots;
    sumExcess += meetings - slots;
  }
  let bothOverbooked = 0;
  for (let m = 0; m < M; m++) {
    if (!cp.preUnplaced.has(m) && excess[cp.ma[m]!]! > 0 && excess[cp.mb[m]!]! > 0) bothOverbooked++;
  }
  const losses = sumExcess - Math.min(bothOverbooked, Math.floor(sumExcess / 2));
  return {
    requested: M,
    placeable,
    totalTables,
    overbookedExcess: sumExcess,
    upperBound: Math.min(totalTables, placeable - losses),
  };
}
