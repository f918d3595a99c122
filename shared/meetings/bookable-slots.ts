import type { EventDefinition } from '../events/event-definition';

type Slot = EventDefinition['meetings']['slots'][number];

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

/**
 * Whether a meeting may take this slot: it must not overlap a programme session (other than the
 * bilateral-meeting blocks themselves) unless the event allows it.
 */
export function isBookable(event: EventDefinition, slot: Slot): boolean {
  if (event.meetings.programmeSessionsBookable) return true;
  return !event.programme.some((item) => item.kind !== 'bilateral-meetings' && overlaps(item, slot));
}

export function findSlot(event: EventDefinition, slotId: string): Slot | undefined {
  return event.meetings.slots.find((slot) => slot.id === slotId);
}

type ProgrammeItem = EventDefinition['programme'][number];

/** The meeting slots a programme item the participant chose keeps them from (none for the bilateral-meeting blocks). */
export function overlappingSlotIds(event: EventDefinition, item: ProgrammeItem): string[] {
  if (item.kind === 'bilateral-meetings') return [];
  return event.meetings.slots.filter((slot) => overlaps(item, slot)).map((slot) => slot.id);
}

/** Slots a participant cannot meet in: marked unavailable, or taken by a programme item they chose. */
export function busySlotIds(event: EventDefinition, participant: { unavailableSlotIds?: readonly string[]; programme: readonly string[] }): Set<string> {
  const chosen = event.programme.filter((item) => participant.programme.includes(item.id));
  return new Set([...(participant.unavailableSlotIds ?? []), ...chosen.flatMap((item) => overlappingSlotIds(event, item))]);
}

/** The programme items that keep whoever chose them from meeting in `slotId`. */
export function programmeItemsOver(event: EventDefinition, slotId: string): string[] {
  return event.programme.filter((item) => overlappingSlotIds(event, item).includes(slotId)).map((item) => item.id);
}
