import type { SchedulingPreferences } from '../api/registration-api';
import type { EventDefinition } from '../events/event-definition';
import { localDate, localTime } from '../events/local-date';
import type { ParticipantWish } from '../scheduling/model';

interface TimedSlot {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

/** The slot indices of `slots` (the scheduler's order) for which `honours` holds. */
const indicesWhere = (slots: readonly TimedSlot[], honours: (slot: TimedSlot) => boolean): number[] =>
  slots.flatMap((slot, index) => (honours(slot) ? [index] : []));

/** Is the slot inside one of the blocks to keep free (by start time, both ends included)? */
function inBlocks(event: EventDefinition, blocks: NonNullable<SchedulingPreferences['keepFree']>): (slot: TimedSlot) => boolean {
  const startOf = new Map(event.meetings.slots.map((slot) => [slot.id, Date.parse(slot.start)]));
  const ranges = blocks.flatMap((block) => {
    const from = startOf.get(block.fromSlotId);
    const to = startOf.get(block.toSlotId);
    return from === undefined || to === undefined ? [] : [[from, to] as const];
  });
  return (slot) => ranges.some(([from, to]) => Date.parse(slot.start) >= from && Date.parse(slot.start) <= to);
}

/**
 * A participant's scheduling preferences as the scheduler's soft wishes (ParticipantWish: the slots that
 * honour each one). Times are the event's wall-clock times; a block to keep free is honoured by every slot
 * outside it.
 */
export function preferenceWishes(event: EventDefinition, slots: readonly TimedSlot[], preferences: SchedulingPreferences | undefined): ParticipantWish[] {
  if (preferences === undefined) return [];
  const wishes: ParticipantWish[] = [];
  const { preferredDay, earliest, latest, keepFree } = preferences;
  if (preferredDay !== undefined) wishes.push({ kind: 'preferredDay', slots: indicesWhere(slots, (slot) => localDate(event, slot.start) === preferredDay) });
  if (earliest !== undefined) wishes.push({ kind: 'earliest', slots: indicesWhere(slots, (slot) => localTime(event, slot.start) >= earliest) });
  if (latest !== undefined) wishes.push({ kind: 'latest', slots: indicesWhere(slots, (slot) => localTime(event, slot.end) <= latest) });
  if (keepFree !== undefined && keepFree.length > 0) {
    const blocked = inBlocks(event, keepFree);
    wishes.push({ kind: 'keepFree', slots: indicesWhere(slots, (slot) => !blocked(slot)) });
  }
  return wishes;
}
