/**
 * How many of a participant's meetings can take distinct slots: a maximum bipartite matching of meetings to
 * slots, each meeting to a slot legal for it (Kuhn's augmenting paths: a participant has a few dozen
 * meetings, a hub a few hundred, and there are at most a few dozen slots).
 */
import type { CompiledProblem } from './compile';

/** The size of a maximum matching of `meetings` to distinct slots of `slots` (every slot when omitted). */
export function matchedMeetings(cp: CompiledProblem, meetings: readonly number[], slots?: readonly number[]): number {
  const S = cp.S;
  const allowed = new Uint8Array(S);
  if (slots === undefined) allowed.fill(1);
  else for (const s of slots) allowed[s] = 1;
  // Slots some meeting could take: once all are taken, no further meeting can be matched.
  const reachable = new Uint8Array(S);
  let open = 0;
  for (const m of meetings) {
    for (let j = cp.domainStart[m]!; j < cp.domainStart[m + 1]!; j++) {
      const s = cp.domain[j]!;
      if (allowed[s] && !reachable[s]) {
        reachable[s] = 1;
        open++;
      }
    }
  }
  const holder = new Int32Array(S).fill(-1);
  const visited = new Int32Array(S);
  let stamp = 0;
  const augment = (m: number): boolean => {
    for (let j = cp.domainStart[m]!; j < cp.domainStart[m + 1]!; j++) {
      const s = cp.domain[j]!;
      if (!allowed[s] || visited[s] === stamp) continue;
      visited[s] = stamp;
      if (holder[s]! < 0 || augment(holder[s]!)) {
        holder[s] = m;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (const m of meetings) {
    if (matched === open) break;
    stamp++;
    if (augment(m)) matched++;
  }
  return matched;
}
