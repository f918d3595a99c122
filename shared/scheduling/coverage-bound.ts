/**
 * An upper bound on the number of meetings any schedule can place ("coverage upper bound"):
 *
 *   min( total tables over all slots,  placeable - ceilingOfUnavoidableLosses,  degreeBound )
 *
 * where placeable counts the meetings with at least one legal slot (availability, session wish, tables,
 * valid lock), and the unavoidable losses come from overbooked participants: a participant p can meet at
 * most once in each slot that one of their meetings could take, so at least excess(p) = meetings(p) -
 * usableSlots(p) of their meetings stay unplaced. One unplaced meeting removes the excess of at most two
 * participants, and only if both are overbooked, so at least
 *   sum(excess) - min(meetings between two overbooked participants, floor(sum(excess) / 2))
 * meetings stay unplaced.
 *
 * `degreeBound`, usually the tightest: each participant p can meet at most b(p) times,
 * b(p) the most of p's meetings that can take distinct slots (a bipartite matching, slot-matching.ts), so
 * the placed meetings form a subgraph of the meeting graph with degree at most b(p) at every p. The largest
 * such subgraph is at most half the maximum flow through the graph's bipartite double cover (source -> p
 * with capacity b(p), p -> q' for each meeting between p and q in both directions, q' -> sink with b(q)):
 * any such subgraph gives a flow of twice its size. Where overbooked participants meet each other often
 * (hubs), it is several meetings below the first formula, which counts every meeting between two
 * overbooked participants as if it could relieve both.
 */
import { compileProblem, type CompiledProblem } from './compile';
import { overbooked } from './diagnose';
import { FlowNetwork } from './max-flow';
import { matchedMeetings } from './slot-matching';
import type { SchedulingProblem } from './model';

export interface CoverageBound {
  readonly requested: number;
  /** Meetings with at least one legal slot. */
  readonly placeable: number;
  readonly totalTables: number;
  /** Sum over participants of max(0, meetings - usable slots). */
  readonly overbookedExcess: number;
  /** Half the maximum flow through the meeting graph's double cover with degree limits (see above). */
  readonly degreeBound: number;
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
  const degreeBound = degreeBoundOf(cp);
  const losses = sumExcess - Math.min(bothOverbooked, Math.floor(sumExcess / 2));
  return {
    requested: M,
    placeable,
    totalTables,
    overbookedExcess: sumExcess,
    degreeBound,
    upperBound: Math.min(totalTables, placeable - losses, degreeBound),
  };
}

function degreeBoundOf(cp: CompiledProblem): number {
  const { P, M } = cp;
  const source = 2 * P;
  const sink = 2 * P + 1;
  const network = new FlowNetwork(2 * P + 2);
  for (let p = 0; p < P; p++) {
    const meetings: number[] = [];
    for (let i = cp.partStart[p]!; i < cp.partStart[p + 1]!; i++) {
      const m = cp.partMeetings[i]!;
      if (!cp.preUnplaced.has(m)) meetings.push(m);
    }
    const most = matchedMeetings(cp, meetings);
    network.addArc(source, p, most);
    network.addArc(P + p, sink, most);
  }
  for (let m = 0; m < M; m++) {
    if (cp.preUnplaced.has(m)) continue;
    network.addArc(cp.ma[m]!, P + cp.mb[m]!, 1);
    network.addArc(cp.mb[m]!, P + cp.ma[m]!, 1);
  }
  return Math.floor(network.maxFlow(source, sink) / 2);
}
