import type { MeetingRecord } from '../meetings/meeting-record';
import type { SchedulingProblem } from '../scheduling/model';

/**
 * For a meeting whose two sides share no slot: the side that is unavailable in every slot taking meetings,
 * if one is. "The two have no free slot in common" hides who to ask; this names them.
 */
export function sideUnavailableEverywhere(problem: SchedulingProblem, meeting: MeetingRecord): string | undefined {
  const tablesIn = (slot: number) => (typeof problem.tables === 'number' ? problem.tables : problem.tables[slot]!);
  const meetingSlots = problem.slots.flatMap((_, slot) => (tablesIn(slot) > 0 ? [slot] : []));
  const unavailable = new Map((problem.participants ?? []).map((participant) => [participant.id, new Set(participant.unavailable ?? [])]));
  return [meeting.fromRegistrationId, meeting.toRegistrationId].find((side) => {
    const away = unavailable.get(side);
    return away !== undefined && meetingSlots.length > 0 && meetingSlots.every((slot) => away.has(slot));
  });
}
