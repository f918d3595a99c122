import { DomainError } from '../domain-error';
import { EventDefinition } from '../events/event-definition';
import { saveEventDefinition } from '../events/event-repository';
import { promoteWhileSeatsFree, setCapacity } from '../registrations/change-capacity';
import type { EventSettingsChange } from './event-settings-schema';

/** The event with the change applied, validated as a whole (so e.g. slot ids stay valid). */
export function applySettings(event: EventDefinition, change: EventSettingsChange): EventDefinition {
  const merged = {
    ...event,
    ...(change.capacity === undefined ? {} : { capacity: change.capacity }),
    registration: { ...event.registration, ...change.registration },
    meetings: { ...event.meetings, ...change.meetings },
    ...(change.pressContacts ? { pressContacts: change.pressContacts } : {}),
    ...(change.organiserRecipients ? { organiserRecipients: change.organiserRecipients } : {}),
    ...(change.summarySchedules ? { summarySchedules: change.summarySchedules } : {}),
    ...(change.matchmaking ? { matchmaking: change.matchmaking } : {}),
  };
  const result = EventDefinition.safeParse(merged);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new DomainError('invalid', 'invalid-settings', 'The changed event is not valid; see errors.', fields);
  }
  return result.data;
}

/**
 * Saves a changed definition. A capacity change goes first into the counters every registration
 * conditions on (refused below the confirmed count), then the definition, then free seats go to the
 * waiting list in order with their emails. Returns the ids promoted.
 */
export async function saveEventSettings(table: string, event: EventDefinition, capacityChanged: boolean, now: Date): Promise<string[]> {
  if (capacityChanged) await setCapacity(event.id, event.capacity);
  await saveEventDefinition(table, event);
  return capacityChanged ? promoteWhileSeatsFree(event, now) : [];
}
