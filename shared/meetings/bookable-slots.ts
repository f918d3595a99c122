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

/**
 * The programme items (other than the meeting blocks) a slot overlaps: a participant who chose one of them
 * cannot meet in it. Empty unless the event lets meetings take programme sessions (else the slot takes none).
 */
export function programmeItemsOverlapping(event: EventDefinition, slotId: string): string[] {
  const slot = findSlot(event, slotId);
  if (slot === undefined) return [];
  return event.programme.filter((item) => item.kind !== 'bilateral-meetings' && overlaps(item, slot)).map((item) => item.id);
}

/** Slots a participant cannot meet in: marked unavailable, or taken by a programme item they chose. */
export function busySlotIds(event: EventDefinition, participant: { unavailableSlotIds?: string[]; programme: string[] }): Set<string> {
  const chosen = event.programme.filter((item) => participant.programme.includes(item.id) && item.kind !== 'bilateral-meetings');
  const fromProgramme = event.meetings.slots.filter((slot) => chosen.some((item) => overlaps(item, slot))).map((slot) => slot.id);
  return new Set([...(participant.unavailableSlotIds ?? []), ...fromProgramme]);
}
