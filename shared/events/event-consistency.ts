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
  id: string;
  start: string;
  end: string;
}

/** The shape the rules read (the parsed definition, before its own type exists). */
export interface CheckedEvent {
  startDate: string;
  endDate: string;
  timeZone: string;
  programme: readonly Timed[];
  sectors: readonly { id: string }[];
  clusters: readonly { id: string }[];
  summarySchedules: readonly { id: string }[];
  meetings: { slots: readonly Timed[] };
  matchmaking?: { tags: readonly { id: string; kind: string; sectorId?: string | undefined }[] } | undefined;
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

function duplicateIds(list: readonly { id: string }[], ...at: string[]): ConsistencyIssue[] {
  const seen = new Set<string>();
  return list.flatMap((entry, index) => {
    const repeated = seen.has(entry.id);
    seen.add(entry.id);
    return repeated ? [{ path: [...at, index, 'id'], message: `duplicates the id ${entry.id}` }] : [];
  });
}

function outsideEvent(event: CheckedEvent, list: readonly Timed[], at: (string | number)[]): ConsistencyIssue[] {
  return list.flatMap((entry, index) => {
    // The day the data writes (its own offset), as pages and emails show it.
    const day = localDate(event, entry.start);
    return day < event.startDate || day > event.endDate ? [{ path: [...at, index, 'start'], message: `is on ${day}, outside the event (${event.startDate} to ${event.endDate})` }] : [];
  });
}

/** Meeting slots follow each other: each starts at or after the end of the one before. */
function slotOrder(slots: readonly Timed[]): ConsistencyIssue[] {
  return slots.slice(1).flatMap((slot, index) =>
    Date.parse(slot.start) < Date.parse(slots[index]!.end) ? [{ path: ['meetings', 'slots', index + 1, 'start'], message: `must not start before ${slots[index]!.id} ends (slots in time order, without overlap)` }] : [],
  );
}

/** A topic belongs to one of the event's sectors; a cooperation type to none (it spans them). */
function tagSectors(event: CheckedEvent): ConsistencyIssue[] {
  const sectors = new Set(event.sectors.map((sector) => sector.id));
  return (event.matchmaking?.tags ?? []).flatMap((tag, index) => {
    const at = ['matchmaking', 'tags', index, 'sectorId'];
    if (tag.kind === 'cooperation') return tag.sectorId === undefined ? [] : [{ path: at, message: 'a cooperation type has no sector' }];
    return tag.sectorId !== undefined && sectors.has(tag.sectorId) ? [] : [{ path: at, message: "must be one of the event's sector ids" }];
  });
}

/** Every rule broken, all at once. */
export function eventConsistencyIssues(event: CheckedEvent): ConsistencyIssue[] {
  const knownZone = isKnownTimeZone(event.timeZone);
  return [
    ...(knownZone ? [] : [{ path: ['timeZone'], message: 'must be an IANA time zone such as Africa/Casablanca' }]),
    ...(event.startDate > event.endDate ? [{ path: ['endDate'], message: 'must not be before startDate' }] : []),
    ...duplicateIds(event.programme, 'programme'),
    ...duplicateIds(event.sectors, 'sectors'),
    ...duplicateIds(event.clusters, 'clusters'),
    ...duplicateIds(event.summarySchedules, 'summarySchedules'),
    ...duplicateIds(event.meetings.slots, 'meetings', 'slots'),
    ...slotOrder(event.meetings.slots),
    ...duplicateIds(event.matchmaking?.tags ?? [], 'matchmaking', 'tags'),
    ...tagSectors(event),
    // Which day an instant falls on depends on the zone: checked once the zone is known.
    ...(knownZone ? [...outsideEvent(event, event.programme, ['programme']), ...outsideEvent(event, event.meetings.slots, ['meetings', 'slots'])] : []),
  ];
}
