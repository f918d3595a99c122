import type { SchedulingPreferences } from '../api/registration-api';
import type { EventDefinition } from '../events/event-definition';
import { localDate } from '../events/local-date';
import type { FieldError } from '../http/problem';

const field = (path: string) => `schedulingPreferences.${path}`;

/**
 * What the schema does not check in scheduling preferences: the preferred day has meeting slots, latest is
 * after earliest, and every block to keep free names slots of the event, in time order. One error per bad
 * field, all in one answer.
 */
export function schedulingPreferenceErrors(event: EventDefinition, preferences: SchedulingPreferences | undefined): FieldError[] {
  if (preferences === undefined) return [];
  const startOf = new Map(event.meetings.slots.map((slot) => [slot.id, Date.parse(slot.start)]));
  const days = new Set(event.meetings.slots.map((slot) => localDate(event, slot.start)));
  const errors: FieldError[] = [];
  if (preferences.preferredDay !== undefined && !days.has(preferences.preferredDay)) {
    errors.push({ path: field('preferredDay'), message: `is not a day with meeting slots at ${event.id}` });
  }
  if (preferences.earliest !== undefined && preferences.latest !== undefined && preferences.earliest >= preferences.latest) {
    errors.push({ path: field('latest'), message: 'must be later than earliest' });
  }
  (preferences.keepFree ?? []).forEach((block, index) => {
    const unknown = (['fromSlotId', 'toSlotId'] as const).filter((end) => !startOf.has(block[end]));
    for (const end of unknown) errors.push({ path: field(`keepFree.${index}.${end}`), message: `is not a meeting slot of ${event.id}` });
    if (unknown.length === 0 && startOf.get(block.toSlotId)! < startOf.get(block.fromSlotId)!) {
      errors.push({ path: field(`keepFree.${index}.toSlotId`), message: 'must not start before fromSlotId' });
    }
  });
  return errors;
}
