/**
 * Wishes expressed and honoured by a schedule, from the problem and the assignments alone (the definitions
 * are in model.ts: a meeting's wished slots are one wish, a participant's preference one wish per meeting of
 * theirs). Per participant, the wishes on their meetings: the meetings' wished slots and their own
 * preferences (not their partners').
 */
import type { Assignment, SchedulingProblem } from './model';

export interface WishCount {
  expressed: number;
  honoured: number;
}

export interface WishFigures {
  readonly total: WishCount;
  readonly byParticipant: ReadonlyMap<string, WishCount>;
}

export function wishFigures(problem: SchedulingProblem, assignments: readonly Assignment[]): WishFigures {
  const slotOf = new Map(assignments.map((a) => [a.meetingId, a.slot]));
  const preferencesOf = new Map((problem.participants ?? []).map((p) => [p.id, (p.wishes ?? []).map((wish) => new Set(wish.slots))]));
  const total: WishCount = { expressed: 0, honoured: 0 };
  const byParticipant = new Map<string, WishCount>();
  const countFor = (id: string): WishCount => {
    let count = byParticipant.get(id);
    if (count === undefined) byParticipant.set(id, (count = { expressed: 0, honoured: 0 }));
    return count;
  };
  const record = (honoured: boolean, ...counts: WishCount[]): void => {
    for (const count of [total, ...counts]) {
      count.expressed++;
      if (honoured) count.honoured++;
    }
  };
  for (const meeting of problem.meetings) {
    const slot = slotOf.get(meeting.id);
    const honours = (slots: ReadonlySet<number>): boolean => slot !== undefined && slots.has(slot);
    if (meeting.wishedSlots !== undefined) record(honours(new Set(meeting.wishedSlots)), countFor(meeting.a), countFor(meeting.b));
    for (const side of [meeting.a, meeting.b]) {
      for (const preference of preferencesOf.get(side) ?? []) record(honours(preference), countFor(side));
    }
  }
  return { total, byParticipant };
}
