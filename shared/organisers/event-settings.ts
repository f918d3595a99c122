import { DomainError } from '../domain-error';
import { EventDefinition } from '../events/event-definition';
import { saveEventDefinition } from '../events/event-repository';
import { promoteWhileSeatsFree, setCapacity } from '../registrations/change-capacity';
import { safeValidate } from '../validation';
import type { EventSettingsChange } from './event-settings-schema';

const invalid = (fields: { path: string; message: string }[]) => new DomainError('invalid', 'invalid-settings', 'The changed event is not valid; see errors.', fields);

/** The programme with the listed items' capacities replaced (null: no limit); an id the event does not have is named. */
function programmeWithCapacities(event: EventDefinition, places: NonNullable<EventSettingsChange['programme']>): EventDefinition['programme'] {
  const unknown = Object.keys(places).filter((id) => !event.programme.some((item) => item.id === id));
  if (unknown.length > 0) throw invalid(unknown.map((id) => ({ path: `programme.${id}`, message: 'no programme item of the event has this id' })));
  return event.programme.map((item) => {
    const place = places[item.id];
    if (place === undefined) return item;
    const { capacity: _previous, ...rest } = item;
    return place === null ? rest : { ...rest, capacity: place };
  });
}

/** The event with the change applied, validated as a whole (so e.g. slot ids stay valid). */
export function applySettings(event: EventDefinition, change: EventSettingsChange): EventDefinition {
  const merged = {
    ...event,
    ...(change.programme ? { programme: programmeWithCapacities(event, change.programme) } : {}),
    ...(change.capacity === undefined ? {} : { capacity: change.capacity }),
    registration: { ...event.registration, ...change.registration },
    meetings: { ...event.meetings, ...change.meetings },
    ...(change.pressContacts ? { pressContacts: change.pressContacts } : {}),
    ...(change.organiserRecipients ? { organiserRecipients: change.organiserRecipients } : {}),
    ...(change.summarySchedules ? { summarySchedules: change.summarySchedules } : {}),
    ...(change.matchmaking ? { matchmaking: change.matchmaking } : {}),
  };
  const result = safeValidate(EventDefinition, merged);
  if (!result.success) {
    throw invalid(result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
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
