/**
 * Participants who cannot have a compact day, whatever the others do: a lower bound on the breaks.
 *
 * Participant p has k meetings that can only take slots of gap group g. p is compact in g only if some run of
 * k consecutive usable slots of g can hold all k of them, one per slot, each in a slot that is legal for it
 * (the two sides' availability, the session wish, a lock). When no run can (a bipartite matching per run
 * decides it), p has at least one break in g. On the benchmark the count equals the best known of forum-14 (2)
 * and of three forumt-14 days (4-5): participants whose unavailable slots cut the day in two.
 */
import type { CompiledProblem } from './compile';
import { matchedMeetings } from './slot-matching';

/** Indices p * G + g of the (participant, gap group) pairs that need a break. */
export function groupsThatNeedABreak(cp: CompiledProblem): number[] {
  const groups: number[] = [];
  for (let g = 0; g < cp.G; g++) {
    const usable: number[] = [];
    for (let s = cp.groupStart[g]!; s < cp.groupEnd[g]!; s++) if (cp.slotWord[s]! >= 0) usable.push(s);
    for (let p = 0; p < cp.P; p++) {
      const meetings = meetingsAlwaysIn(cp, p, g);
      // Fewer than k + 1 usable slots leave no room for two runs either: the meetings cannot all be placed.
      if (meetings === undefined || meetings.length < 2 || meetings.length + 1 > usable.length) continue;
      if (!someRunHoldsAll(cp, meetings, usable)) groups.push(p * cp.G + g);
    }
  }
  return groups;
}

/** The placeable meetings of p if every one of them can only take slots of group g, else undefined. */
export function meetingsAlwaysIn(cp: CompiledProblem, p: number, g: number): number[] | undefined {
  const meetings: number[] = [];
  for (let k = cp.partStart[p]!; k < cp.partStart[p + 1]!; k++) {
    const m = cp.partMeetings[k]!;
    if (cp.preUnplaced.has(m)) continue;
    for (let i = cp.domainStart[m]!; i < cp.domainStart[m + 1]!; i++) if (cp.slotGroup[cp.domain[i]!] !== g) return undefined;
    meetings.push(m);
  }
  return meetings;
}

function someRunHoldsAll(cp: CompiledProblem, meetings: readonly number[], usable: readonly number[]): boolean {
  const k = meetings.length;
  for (let first = 0; first + k <= usable.length; first++) {
    if (matchedMeetings(cp, meetings, usable.slice(first, first + k)) === k) return true;
  }
  return false;
}
