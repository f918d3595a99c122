/**
 * Constructive phase: place the locked meetings, then every other meeting greedily, most constrained first
 * (fewest legal slots, busiest participants), each in the feasible slot that adds the fewest breaks and idle
 * slots and leaves the fewest wishes unhonoured, weighed as in the search (ties broken by the seeded PRNG). Meetings without a feasible slot stay unplaced for the local
 * search, which can make room for them by ejection.
 */
import type { CompiledProblem } from './compile';
import type { Prng } from './prng';
import type { SearchState } from './search-state';

export function construct(state: SearchState, rng: Prng, idleWeight: number, wishWeight: number): void {
  const cp: CompiledProblem = state.cp;
  const { M } = cp;
  // Locked meetings first (compile() guarantees they fit together).
  for (let m = 0; m < M; m++) {
    const s = cp.fixedSlot[m]!;
    if (s < 0 || cp.preUnplaced.has(m)) continue;
    state.beginStage();
    state.stageMove(m, -1, s);
    state.evaluate();
    state.commit();
  }
  const degree = new Int32Array(cp.P);
  for (let p = 0; p < cp.P; p++) degree[p] = cp.partStart[p + 1]! - cp.partStart[p]!;
  const order: number[] = [];
  for (let m = 0; m < M; m++) if (state.slotOf[m]! < 0 && !cp.preUnplaced.has(m)) order.push(m);
  const tie = new Float64Array(M);
  for (let m = 0; m < M; m++) tie[m] = rng.next();
  const domainSize = (m: number): number => cp.domainStart[m + 1]! - cp.domainStart[m]!;
  order.sort((x, y) => {
    const dx = domainSize(x);
    const dy = domainSize(y);
    if (dx !== dy) return dx - dy;
    const gx = Math.max(degree[cp.ma[x]!]!, degree[cp.mb[x]!]!);
    const gy = Math.max(degree[cp.ma[y]!]!, degree[cp.mb[y]!]!);
    if (gx !== gy) return gy - gx;
    return tie[x]! - tie[y]!;
  });
  for (const m of order) {
    let bestSlot = -1;
    let bestCost = Infinity;
    let ties = 0;
    for (let i = cp.domainStart[m]!; i < cp.domainStart[m + 1]!; i++) {
      const s = cp.domain[i]!;
      if (!state.isFree(cp.ma[m]!, s) || !state.isFree(cp.mb[m]!, s) || state.count[s]! >= cp.cap[s]!) continue;
      state.beginStage();
      state.stageMove(m, -1, s);
      state.evaluate();
      const cost = state.dBreaks + idleWeight * state.dIdle + wishWeight * state.dUnhonoured;
      state.discard();
      if (cost < bestCost - 1e-9) {
        bestCost = cost;
        bestSlot = s;
        ties = 1;
      } else if (Math.abs(cost - bestCost) <= 1e-9 && rng.int(++ties) === 0) {
        bestSlot = s;
      }
    }
    if (bestSlot < 0) continue;
    state.beginStage();
    state.stageMove(m, -1, bestSlot);
    state.evaluate();
    state.commit();
  }
}
