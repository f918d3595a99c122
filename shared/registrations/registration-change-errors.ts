import type { EventDefinition } from '../events/event-definition';
import type { FieldError } from '../http/problem';
import { eventFieldErrors, unknownIds } from './validate-against-event';
import { schedulingPreferenceErrors } from './validate-scheduling-preferences';

/**
 * What a registration change names that the event does not have: sectors, programme items, matchmaking tags,
 * slots to keep free and scheduling preferences. Reads a body that may not be valid otherwise (values of
 * the wrong type are the schema's to report), so that these errors come in the same answer as the schema's.
 */
export function registrationChangeErrors(event: EventDefinition, body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null) return [];
  const changes = body as Record<string, unknown>;
  const slotIds = new Set(event.meetings.slots.map((slot) => slot.id));
  return [
    ...eventFieldErrors(event, { sectors: changes.sectors, programme: changes.programme, profile: changes.profile }),
    ...unknownIds(changes.unavailableSlotIds, slotIds, 'unavailableSlotIds', `is not a meeting slot of ${event.id}`),
    ...schedulingPreferenceErrors(event, changes.schedulingPreferences),
  ];
}
