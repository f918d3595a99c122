/**
 * The problem the SAT phases (exact/) work on when there are wishes: each meeting may only take the slots
 * that leave no more of its wishes unhonoured than its slot in the given schedule does. The SAT phases
 * minimise breaks alone; on this problem every schedule they find honours at least the wishes the start
 * honours, so fewer breaks is always better for the whole objective (breaks + wishWeight x unhonoured), and
 * the annealing that follows on it can still honour more. Unplaced meetings keep all their slots.
 */
import type { CompiledProblem } from './compile';
import { unhonouredWishes } from './wishes';

export function keepHonouredWishes(cp: CompiledProblem, schedule: Int32Array): CompiledProblem {
  const wishes = cp.wishes;
  if (wishes === undefined) return cp;
  const { M, S } = cp;
  const legal = Uint8Array.from(cp.legal);
  const domainStart = new Int32Array(M + 1);
  const domain: number[] = [];
  for (let m = 0; m < M; m++) {
    domainStart[m] = domain.length;
    const allowed = unhonouredWishes(wishes, S, m, schedule[m]!);
    for (let i = cp.domainStart[m]!; i < cp.domainStart[m + 1]!; i++) {
      const s = cp.domain[i]!;
      if (unhonouredWishes(wishes, S, m, s) <= allowed) domain.push(s);
      else legal[m * S + s] = 0;
    }
  }
  domainStart[M] = domain.length;
  return { ...cp, legal, domainStart, domain: Int32Array.from(domain) };
}
