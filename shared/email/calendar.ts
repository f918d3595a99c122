import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
  type ICalAttendeeData,
  type ICalEventData,
} from 'ical-generator';
import { isValidMailbox } from './address';
import type { EmailAttachment } from './email-message';
import { calendarDate } from './format';
import { toSingleLine } from './text';

/**
 * iCalendar (RFC 5545) attachments for emails, built with ical-generator.
 *
 * Times are written in UTC (`DTSTART:20190411T080000Z`), never with a TZID: the instants are
 * unambiguous, need no VTIMEZONE (and so no time-zone database dependency), and every client
 * shows them in the reader's own zone. ical-generator would anyway read a native Date's
 * wall-clock time in the *process* time zone once a TZID is set, a silent source of wrong times
 * on servers. Whole-day entries (the event itself) use DATE values, which have no zone.
 *
 * Registrations use METHOD:PUBLISH (an informational calendar). Meeting invitations will use
 * REQUEST/CANCEL with an organizer, attendees and a SEQUENCE that grows with each update; the
 * types below already carry those fields and {@link buildCalendar} enforces what iTIP requires.
 */

export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface CalendarParty {
  /** Display name (untrusted; cleaned to one line, quotes removed). */
  name?: string;
  email: string;
}

export interface CalendarAttendee extends CalendarParty {
  rsvp?: boolean;
  status?: 'needs-action' | 'accepted' | 'declined' | 'tentative';
}

/** When an entry happens: two instants, or whole days (first and last day, inclusive). */
export type CalendarTiming =
  | { kind: 'instants'; start: Date | string; end: Date | string }
  | { kind: 'days'; first: string; last: string };

export interface CalendarEntry {
  /** Globally unique and stable across re-sends, so clients update instead of duplicating; see {@link calendarUid}. */
  uid: string;
  timing: CalendarTiming;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'confirmed' | 'tentative' | 'cancelled';
  /** Revision number: 0 first, +1 for each significant change of a REQUEST. */
  sequence?: number;
  /** false → TRANSP:TRANSPARENT (shown but not blocking time), e.g. a multi-day event banner. */
  busy?: boolean;
  organizer?: CalendarParty;
  attendees?: readonly CalendarAttendee[];
}

export interface CalendarInput {
  method: CalendarMethod;
  /** Calendar name (X-WR-CALNAME) some clients show on import. */
  name?: string;
  /** DTSTAMP: when this version of the calendar object was created. */
  stamp: Date;
  entries: readonly CalendarEntry[];
}

export class CalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}

const UID_PART = /^[A-Za-z0-9_-]{1,128}$/;
const UID_DOMAIN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * A stable UID from the ids that identify an entry: `<scope>.<id>[.<id>…]@<domain>`, e.g.
 * `registration.01J9Z….visit-mascir@techdays-casablanca-2019.rendezvous`. The dot cannot
 * occur in a part, so different id lists can never produce the same UID.
 */
export function calendarUid(scope: string, ids: readonly string[], domain: string): string {
  for (const part of [scope, ...ids]) {
    if (!UID_PART.test(part)) throw new CalendarError(`Invalid UID part: ${JSON.stringify(part)}`);
  }
  if (!UID_DOMAIN.test(domain)) throw new CalendarError(`Invalid UID domain: ${JSON.stringify(domain)}`);
  return `${[scope, ...ids].join('.')}@${domain}`;
}

const METHODS: Record<CalendarMethod, ICalCalendarMethod> = {
  PUBLISH: ICalCalendarMethod.PUBLISH,
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
};

const STATUSES = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

const ATTENDEE_STATUSES = {
  'needs-action': ICalAttendeeStatus.NEEDSACTION,
  accepted: ICalAttendeeStatus.ACCEPTED,
  declined: ICalAttendeeStatus.DECLINED,
  tentative: ICalAttendeeStatus.TENTATIVE,
} as const;

/** A name for a quoted CN parameter: one line, no DQUOTE or backslash (RFC 5545 has no escape for them there). */
function parameterName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const cleaned = toSingleLine(name.replace(/"/g, "'").replace(/\\/g, ''));
  return cleaned === '' ? undefined : cleaned;
}

function checkedEmail(email: string): string {
  if (!isValidMailbox(email)) throw new CalendarError(`Invalid calendar address: ${JSON.stringify(email)}`);
  return email;
}

function instant(value: Date | string): Date {
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new CalendarError(`Invalid date-time: ${String(value)}`);
  return date;
}

function eventData(entry: CalendarEntry, input: CalendarInput): ICalEventData {
  if (!/^[\x21-\x7e]{1,255}$/.test(entry.uid)) throw new CalendarError(`Invalid UID: ${JSON.stringify(entry.uid)}`);
  const sequence = entry.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) throw new CalendarError('SEQUENCE must be a non-negative integer');
  if (input.method !== 'PUBLISH' && !entry.organizer) {
    throw new CalendarError(`METHOD:${input.method} needs an ORGANIZER on every event (RFC 5546)`);
  }
  if (input.method === 'CANCEL' && entry.status !== undefined && entry.status !== 'cancelled') {
    throw new CalendarError('METHOD:CANCEL events must have STATUS:CANCELLED');
  }
  const status = input.method === 'CANCEL' ? 'cancelled' : entry.status;

  const timing =
    entry.timing.kind === 'instants'
      ? { start: instant(entry.timing.start), end: instant(entry.timing.end), allDay: false }
      : {
          start: calendarDate(entry.timing.first),
          // DTEND of a DATE event is exclusive: the day after the last day.
          end: new Date(calendarDate(entry.timing.last).getTime() + 86_400_000),
          allDay: true,
        };
  if (timing.end.getTime() <= timing.start.getTime()) throw new CalendarError(`Event ${entry.uid} ends before it starts`);

  const attendees: ICalAttendeeData[] = (entry.attendees ?? []).map((attendee) => ({
    email: checkedEmail(attendee.email),
    name: parameterName(attendee.name) ?? null,
    role: ICalAttendeeRole.REQ,
    rsvp: attendee.rsvp ?? null,
    status: attendee.status ? ATTENDEE_STATUSES[attendee.status] : null,
  }));

  return {
    id: entry.uid,
    sequence,
    stamp: input.stamp,
    ...timing,
    summary: toSingleLine(entry.summary),
    description: entry.description ?? null,
    location: entry.location === undefined ? null : toSingleLine(entry.location),
    url: entry.url ?? null,
    status: status ? STATUSES[status] : null,
    transparency: entry.busy === false ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    organizer: entry.organizer
      ? { name: parameterName(entry.organizer.name) ?? entry.organizer.email, email: checkedEmail(entry.organizer.email) }
      : null,
    attendees,
  };
}

/** Serialises a calendar (CRLF line endings, folded lines) for an attachment. */
export function buildCalendar(input: CalendarInput): string {
  // A published agenda with nothing in it yet is a normal state (clients accept an empty feed);
  // an invitation or a cancellation without an event is a bug.
  if (input.entries.length === 0 && input.method !== 'PUBLISH') throw new CalendarError(`METHOD:${input.method} needs at least one event`);
  const uids = new Set(input.entries.map((entry) => entry.uid));
  if (uids.size !== input.entries.length) throw new CalendarError('Event UIDs must be unique within a calendar');

  const calendar = ical({
    prodId: { company: 'Rendezvous', product: 'Rendezvous', language: 'EN' },
    method: METHODS[input.method],
    ...(input.name === undefined ? {} : { name: toSingleLine(input.name) }),
  });
  for (const entry of input.entries) calendar.createEvent(eventData(entry, input));
  return calendar.toString();
}

/** The calendar as an email attachment, with the method in the content type as iTIP requires. */
export function calendarAttachment(input: CalendarInput, filename: string): EmailAttachment {
  return {
    filename,
    contentType: `text/calendar; charset=utf-8; method=${input.method}`,
    content: buildCalendar(input),
  };
}
