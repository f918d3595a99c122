import { DomainError } from '../domain-error';
import { EventDefinition } from '../events/event-definition';
import { readCounters } from '../registrations/event-counters';
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
  };
  const result = EventDefinition.safeParse(merged);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new DomainError('invalid', 'invalid-settings', 'The changed event is not valid; see errors.', fields);
  }
  return result.data;
}

/** Seats already given cannot be taken back: the capacity may not drop below the confirmed count. */
export async function checkCapacity(event: EventDefinition): Promise<void> {
  const { confirmedCount } = await readCounters(event.id);
  if (event.capacity < confirmedCount) {
    throw new DomainError('conflict', 'capacity-below-confirmed', `${confirmedCount} attendees are confirmed; the capacity cannot be lower.`);
  }
}
