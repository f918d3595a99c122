import type { Agenda, EventView, Registration } from '../api/client';

/** Meeting slots free in one participant's agenda: not taken by a meeting, not marked unavailable. */
export function freeSlots(event: EventView, agenda: Agenda | undefined, registration: Pick<Registration, 'unavailableSlotIds'> | undefined) {
  const busy = new Set([...(agenda?.entries.map((entry) => entry.slotId) ?? []), ...(registration?.unavailableSlotIds ?? [])]);
  return event.meetingSlots.filter((slot) => !busy.has(slot.id));
}
