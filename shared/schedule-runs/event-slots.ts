import { isBookable } from '../meetings/bookable-slots';
import type { EventDefinition } from '../events/event-definition';
import { localDate } from '../events/local-date';
import type { SlotDefinition } from '../scheduling/model';

export interface SchedulingSlots {
  /** Index → the event's slot id. */
  slotIds: string[];
  slots: SlotDefinition[];
  /** Tables per slot; 0 where a programme session takes the slot (a programme block for the scheduler). */
  tables: number[];
}

/**
 * The event's meeting slots as the scheduler sees them: in time order, grouped into days (event time
 * zone) and sessions (runs of back-to-back slots; a pause such as lunch starts a new session).
 */
export function schedulingSlots(event: EventDefinition): SchedulingSlots {
  const ordered = [...event.meetings.slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  let session = 0;
  const slots = ordered.map((slot, index): SlotDefinition => {
    const day = localDate(event, slot.start);
    const previous = ordered[index - 1];
    const continues = previous !== undefined && localDate(event, previous.start) === day && Date.parse(previous.end) === Date.parse(slot.start);
    if (index > 0 && !continues) session += 1;
    return { id: slot.id, day, session: `${day}#${session}` };
  });
  return {
    slotIds: ordered.map((slot) => slot.id),
    slots,
    tables: ordered.map((slot) => (isBookable(event, slot) ? event.meetings.tablesPerSlot : 0)),
  };
}
