import { SchedulingPreferences, SlotRange } from '../api/scheduling-preferences';
import type { EventDefinition } from '../events/event-definition';
import { localDate } from '../events/local-date';
import type { FieldError } from '../http/problem';
import { validFields } from '../validation';

const field = (path: string) => `schedulingPreferences.${path}`;

/** The blocks to keep free as sent: a list, each block with the ends its schema accepts (undefined when it is no list). */
function keepFreeBlocks(preferences: unknown) {
  const keepFree = typeof preferences === 'object' && preferences !== null ? (preferences as Record<string, unknown>).keepFree : undefined;
  return Array.isArray(keepFree) ? keepFree.map((block) => validFields(SlotRange(), block)) : [];
}

/**
 * What the schema does not check in scheduling preferences: the preferred day has meeting slots, latest is
 * after earliest, and every block to keep free names slots of the event, in time order. Reads the
 * preferences as sent, each field the schema accepts on its own (`validFields`), so that these errors come
 * in the same answer as the schema's for the other fields. One error per bad field.
 */
export function schedulingPreferenceErrors(event: EventDefinition, sent: unknown): FieldError[] {
  const preferences = validFields(SchedulingPreferences(), sent);
  const startOf = new Map(event.meetings.slots.map((slot) => [slot.id, Date.parse(slot.start)]));
  const days = new Set(event.meetings.slots.map((slot) => localDate(event, slot.start)));
  const errors: FieldError[] = [];
  if (preferences.preferredDay !== undefined && !days.has(preferences.preferredDay)) {
    errors.push({ path: field('preferredDay'), message: `is not a day with meeting slots at ${event.id}` });
  }
  if (preferences.earliest !== undefined && preferences.latest !== undefined && preferences.earliest >= preferences.latest) {
    errors.push({ path: field('latest'), message: 'must be later than earliest' });
  }
  keepFreeBlocks(sent).forEach((block, index) => {
    const unknown = (['fromSlotId', 'toSlotId'] as const).filter((end) => block[end] !== undefined && !startOf.has(block[end]));
    for (const end of unknown) errors.push({ path: field(`keepFree.${index}.${end}`), message: `is not a meeting slot of ${event.id}` });
    const [from, to] = [startOf.get(block.fromSlotId ?? ''), startOf.get(block.toSlotId ?? '')];
    if (from !== undefined && to !== undefined && to < from) {
      errors.push({ path: field(`keepFree.${index}.toSlotId`), message: 'must not start before fromSlotId' });
    }
  });
  return errors;
}
