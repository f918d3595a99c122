/** Placements as the run gives them (only what the agenda needs). */
export interface Placement {
  status: 'planned' | 'placed' | 'conflict' | 'unplaced';
  participants: { registrationId: string }[];
  slotId?: string;
}
export interface Slot {
  id: string;
  start: string;
  end: string;
}

/**
 * One line of a participant's day: a meeting, or a break, that is (docs/scheduling.md, "Break") a
 * maximal run of free slots between two of their meetings of the same day, with its idle slots.
 */
export type AgendaLine<P extends Placement = Placement> =
  | { kind: 'meeting'; slot: Slot; placement: P }
  | { kind: 'break'; start: string; end: string; idleSlots: number };

export const isPlaced = (placement: Placement) => placement.slotId !== undefined && (placement.status === 'planned' || placement.status === 'placed');

/**
 * A participant's slots from their first meeting of a day to their last, in time order: meetings,
 * and the breaks between them (as the run's figures count them, gap scope "day"). Slots before the
 * first or after the last meeting of a day are free time, not breaks, and are left out.
 */
export function agendaOf<P extends Placement>(registrationId: string, placements: P[], slots: Slot[], dayOf: (iso: string) => string): AgendaLine<P>[] {
  const mine = new Map(placements.filter((placement) => isPlaced(placement) && placement.participants.some((person) => person.registrationId === registrationId)).map((placement) => [placement.slotId!, placement]));
  const lines: AgendaLine<P>[] = [];
  const days = [...new Set(slots.map((slot) => dayOf(slot.start)))];
  for (const day of days) {
    const ofDay = slots.filter((slot) => dayOf(slot.start) === day);
    const first = ofDay.findIndex((slot) => mine.has(slot.id));
    const last = ofDay.findLastIndex((slot) => mine.has(slot.id));
    if (first === -1) continue;
    for (const slot of ofDay.slice(first, last + 1)) {
      const placement = mine.get(slot.id);
      const previous = lines.at(-1);
      if (placement) lines.push({ kind: 'meeting', slot, placement });
      else if (previous?.kind === 'break') lines[lines.length - 1] = { ...previous, end: slot.end, idleSlots: previous.idleSlots + 1 };
      else lines.push({ kind: 'break', start: slot.start, end: slot.end, idleSlots: 1 });
    }
  }
  return lines;
}

