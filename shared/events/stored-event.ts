import { eventDefaults } from './event-defaults';
import type { EventDefinition } from './event-definition';

type Kind = 'string' | 'number' | 'object' | 'array';

/** The fields every reader of an event indexes without a check, and what each must be. */
const requiredFields: Readonly<Record<string, Kind>> = {
  id: 'string',
  name: 'object',
  startDate: 'string',
  endDate: 'string',
  timeZone: 'string',
  venue: 'object',
  organisers: 'array',
  sectors: 'array',
  clusters: 'array',
  programme: 'array',
  capacity: 'number',
  registration: 'object',
  meetings: 'object',
  pressContacts: 'array',
  organiserRecipients: 'array',
  summarySchedules: 'array',
};

const kindOf = (value: unknown): Kind | 'other' => {
  if (Array.isArray(value)) return 'array';
  if (value !== null && typeof value === 'object') return 'object';
  if (typeof value === 'string') return 'string';
  return typeof value === 'number' ? 'number' : 'other';
};

/**
 * A definition read from the Registrations table, checked for its shape but not against the full
 * schema. Every definition in the table was written by our code after `EventDefinition` validated
 * it (the admin PUT and PATCH, the seeding of data/events, the local server), so building the
 * schema's ~165 zod objects on each cold start's first read would re-check what was checked on
 * write (docs/deployment.md, "Schemas by what a cold start needs"). What would make a reader
 * misbehave (another event's item, a missing list) still fails loudly; defaults added to the schema
 * after a definition was stored are filled as the schema fills them.
 */
export function storedEventDefinition(value: unknown, eventId: string): EventDefinition {
  const fields = kindOf(value) === 'object' ? (value as Record<string, unknown>) : {};
  const wrong = Object.entries(requiredFields).filter(([field, kind]) => kindOf(fields[field]) !== kind).map(([field, kind]) => `${field} (${kind})`);
  if (kindOf((fields.meetings as Record<string, unknown> | undefined)?.slots) !== 'array') wrong.push('meetings.slots (array)');
  if (wrong.length > 0 || fields.id !== eventId) {
    throw new Error(`The stored definition of event ${eventId} is not one this code wrote: ${fields.id === eventId ? `missing or wrong ${wrong.join(', ')}` : `its id is ${String(fields.id)}`}`);
  }
  const event = value as EventDefinition;
  return {
    ...event,
    meetings: { ...event.meetings, maxPendingOutgoingRequests: event.meetings.maxPendingOutgoingRequests ?? eventDefaults.maxPendingOutgoingRequests },
    assumptions: event.assumptions ?? eventDefaults.assumptions,
  };
}
