/**
 * Rules across an event's fields that the emails, the agenda and the scheduler rely on, checked
 * whenever a definition is parsed (data files, PUT, PATCH) so a bad setting is a 400, never a
 * dead-lettered email later.
 */

import { localDate } from './local-date';

export interface ConsistencyIssue {
  path: (string | number)[];
  message: string;
}

interface Timed {
  id?: string | undefined;
  start?: string | undefined;
  end?: string | undefined;
}

/**
 * The shape the rules read: the parsed definition, or, when the schema refused some of it, the parts it
 * accepts (`partsThatParsed`, shared/events/event-definition.ts). Each rule reads what it needs and passes
 * over what is absent, so that one 400 names a malformed field and a rule broken across the others.
 */
export interface CheckedEvent {
  startDate?: string | undefined;
  endDate?: string | undefined;
  timeZone?: string | undefined;
  programme?: readonly Timed[] | undefined;
  sectors?: readonly { id?: string | undefined }[] | undefined;
  clusters?: readonly { id?: string | undefined }[] | undefined;
  summarySchedules?: readonly { id?: string | undefined }[] | undefined;
  pressContacts?: readonly { email?: string | undefined }[] | undefined;
  organiserRecipients?: readonly { email?: string | undefined }[] | undefined;
  meetings?: { slots?: readonly Timed[] | undefined } | undefined;
  matchmaking?: { tags?: readonly { id?: string | undefined; kind?: string | undefined; sectorId?: string | undefined }[] | undefined } | undefined;
}

/** Whether Intl (which formats every date in emails and the agenda) knows the zone. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Entries after the first with the same `keyOf` (undefined: not compared), named at `field`. */
function repeated<T>(list: readonly T[], keyOf: (entry: T) => string | undefined, at: string[], field: string, message: (entry: T) => string): ConsistencyIssue[] {
  const seen = new Set<string>();
  return list.flatMap((entry, index) => {
    const key = keyOf(entry);
    if (key === undefined) return [];
    const again = seen.has(key);
    seen.add(key);
    return again ? [{ path: [...at, index, field], message: message(entry) }] : [];
  });
}

function duplicateIds(list: readonly { id?: string | undefined }[] = [], ...at: string[]): ConsistencyIssue[] {
  return repeated(list, (entry) => entry.id, at, 'id', (entry) => `duplicates the id ${entry.id}`);
}

/**
 * One entry per mailbox: a press contact's link is matched to the contact by address (whatever its case),
 * so a second contact with it would decide under the first one's name and get every request twice; a
 * recipient listed twice gets every summary twice.
 */
function duplicateAddresses(list: readonly { email?: string | undefined }[] = [], at: string): ConsistencyIssue[] {
  return repeated(list, (entry) => entry.email?.toLowerCase(), [at], 'email', (entry) => `repeats the address ${entry.email} (each address once)`);
}

/** Entries on a day outside the event, in the event's zone (a known one: the caller checks). */
function outsideEvent(event: CheckedEvent & { timeZone: string }, list: readonly Timed[] = [], at: (string | number)[]): ConsistencyIssue[] {
  const { startDate, endDate } = event;
  if (startDate === undefined || endDate === undefined) return [];
  return list.flatMap((entry, index) => {
    if (entry.start === undefined) return [];
    // The day the data writes (its own offset), as pages and emails show it.
    const day = localDate(event, entry.start);
    return day < startDate || day > endDate ? [{ path: [...at, index, 'start'], message: `is on ${day}, outside the event (${startDate} to ${endDate})` }] : [];
  });
}

/** Meeting slots follow each other: each starts at or after the end of the one before. */
function slotOrder(slots: readonly Timed[] = []): ConsistencyIssue[] {
  return slots.slice(1).flatMap((slot, index) => {
    const previous = slots[index]!;
    if (slot.start === undefined || previous.end === undefined) return [];
    return Date.parse(slot.start) < Date.parse(previous.end) ? [{ path: ['meetings', 'slots', index + 1, 'start'], message: `must not start before ${previous.id ?? `slot ${index}`} ends (slots in time order, without overlap)` }] : [];
  });
}

/** A topic belongs to one of the event's sectors; a cooperation type to none (it spans them). */
function tagSectors(event: CheckedEvent): ConsistencyIssue[] {
  const sectors = new Set(event.sectors?.map((sector) => sector.id));
  return (event.matchmaking?.tags ?? []).flatMap((tag, index) => {
    const at = ['matchmaking', 'tags', index, 'sectorId'];
    if (tag.kind === 'cooperation') return tag.sectorId === undefined ? [] : [{ path: at, message: 'a cooperation type has no sector' }];
    // Which sectors there are is known only when the event's sectors parsed.
    if (tag.kind === undefined || event.sectors === undefined) return [];
    return tag.sectorId !== undefined && sectors.has(tag.sectorId) ? [] : [{ path: at, message: "must be one of the event's sector ids" }];
  });
}

/** Every rule broken, all at once, among the fields present. */
export function eventConsistencyIssues(event: CheckedEvent): ConsistencyIssue[] {
  const { timeZone } = event;
  const knownZone = timeZone !== undefined && isKnownTimeZone(timeZone);
  const dated = event.startDate !== undefined && event.endDate !== undefined;
  return [
    ...(timeZone === undefined || knownZone ? [] : [{ path: ['timeZone'], message: 'must be an IANA time zone such as Africa/Casablanca' }]),
    ...(dated && event.startDate! > event.endDate! ? [{ path: ['endDate'], message: 'must not be before startDate' }] : []),
    ...duplicateIds(event.programme, 'programme'),
    ...duplicateIds(event.sectors, 'sectors'),
    ...duplicateIds(event.clusters, 'clusters'),
    ...duplicateIds(event.summarySchedules, 'summarySchedules'),
    ...duplicateAddresses(event.pressContacts, 'pressContacts'),
    ...duplicateAddresses(event.organiserRecipients, 'organiserRecipients'),
    ...duplicateIds(event.meetings?.slots, 'meetings', 'slots'),
    ...slotOrder(event.meetings?.slots),
    ...duplicateIds(event.matchmaking?.tags, 'matchmaking', 'tags'),
    ...tagSectors(event),
    // Which day an instant falls on depends on the zone: checked once the zone is known.
    ...(knownZone ? [...outsideEvent({ ...event, timeZone }, event.programme, ['programme']), ...outsideEvent({ ...event, timeZone }, event.meetings?.slots, ['meetings', 'slots'])] : []),
  ];
}
