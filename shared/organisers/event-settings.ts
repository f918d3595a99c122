import { DomainError } from '../domain-error';
import { EventDefinition } from '../events/event-definition';
import { saveEventDefinition } from '../events/event-repository';
import { reviewPendingWithAddedContacts } from '../press/review-added-contacts';
import { promoteWhileSeatsFree, setCapacity } from '../registrations/change-capacity';
import { safeValidate, validFields } from '../validation';
import { EventSettingsChange } from './event-settings-schema';
import type { FieldError } from '../http/problem';
import { issuesToFieldErrors } from '../http/parse-request';

const invalid = (fields: { path: string; message: string }[]) => new DomainError('invalid', 'invalid-settings', 'The changed event is not valid; see errors.', fields);

/** The programme with the listed items' capacities replaced (null: no limit), and each id the event does not have named. */
function programmeWithCapacities(event: EventDefinition, places: NonNullable<EventSettingsChange['programme']>): { programme: EventDefinition['programme']; errors: FieldError[] } {
  const unknown = Object.keys(places).filter((id) => !event.programme.some((item) => item.id === id));
  const programme = event.programme.map((item) => {
    const place = places[item.id];
    if (place === undefined) return item;
    const { capacity: _previous, ...rest } = item;
    return place === null ? rest : { ...rest, capacity: place };
  });
  return { programme, errors: unknown.map((id) => ({ path: `programme.${id}`, message: 'no programme item of the event has this id' })) };
}

/** A change as sent: each field as the definition's schema takes it, but `programme`, which only the change's accepts. */
type SentChange = { [Field in Exclude<keyof EventSettingsChange, 'programme'>]?: unknown } & Pick<EventSettingsChange, 'programme'>;

const fieldsOf = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const present = <K extends string>(key: K, value: unknown) => (value === undefined ? {} : { [key]: value });

/**
 * The event with the change applied, validated as a whole by the definition's schema (so e.g. slot ids stay
 * valid), or every field it breaks: the programme items it does not have, the definition's malformed fields
 * and the rules across them, which read the parts that parsed (shared/events/event-definition.ts).
 */
function changedEvent(event: EventDefinition, change: SentChange): { changed: EventDefinition; errors: [] } | { changed?: undefined; errors: FieldError[] } {
  const places = change.programme ? programmeWithCapacities(event, change.programme) : undefined;
  const merged = {
    ...event,
    ...(places ? { programme: places.programme } : {}),
    ...present('capacity', change.capacity),
    registration: { ...event.registration, ...fieldsOf(change.registration) },
    meetings: { ...event.meetings, ...fieldsOf(change.meetings) },
    ...present('pressContacts', change.pressContacts),
    ...present('organiserRecipients', change.organiserRecipients),
    ...present('summarySchedules', change.summarySchedules),
    ...present('matchmaking', change.matchmaking),
  };
  const result = safeValidate(EventDefinition, merged);
  const errors = [...(places?.errors ?? []), ...(result.success ? [] : issuesToFieldErrors(result.error.issues, ''))];
  return result.success && errors.length === 0 ? { changed: result.data, errors: [] } : { errors };
}

/** The event with the change applied, validated as a whole (so e.g. slot ids stay valid). */
export function applySettings(event: EventDefinition, change: EventSettingsChange): EventDefinition {
  const { changed, errors } = changedEvent(event, change);
  if (changed === undefined) throw invalid(errors);
  return changed;
}

/**
 * What the change as sent breaks in the event (an unknown programme item, overlapping slots, a duplicate
 * tag or summary schedule id, a tag of no sector…), named in the same 400 as the change schema's errors
 * (`validateBody`, which keeps the schema's own word for a path both name), so that a malformed field does
 * not hide them. Every field but `programme` has the same schema in the change and in the definition: it
 * is merged as sent (an object into the current one); `programme` only as far as its schema accepts it.
 */
export function settingsChangeErrors(event: EventDefinition, sent: unknown): FieldError[] {
  const { programme } = validFields(EventSettingsChange(), sent);
  return changedEvent(event, { ...fieldsOf(sent), programme }).errors;
}

/**
 * Saves a changed definition (`previous`: the one it replaces, if any). A capacity change goes first into the
 * counters every registration conditions on (refused below the confirmed count), then the definition, then
 * the press requests still pending go to the press contacts added, and free seats go to the waiting list in
 * order with their emails. The reviews go first: a retry of the same change adds no contact, so reviews left
 * behind by a failed promotion (503 `busy`) would never be sent. Returns the ids promoted.
 */
export async function saveEventSettings(table: string, event: EventDefinition, previous: EventDefinition | undefined, capacityChanged: boolean, now: Date): Promise<string[]> {
  if (capacityChanged) await setCapacity(event.id, event.capacity);
  await saveEventDefinition(table, event);
  await reviewPendingWithAddedContacts(previous, event, now);
  return capacityChanged ? await promoteWhileSeatsFree(event, now) : [];
}
