import { isValidMailbox } from './address';
import type { EmailAttachment } from './email-message';
import { calendarDate } from './format';
import { foldedLine, icalDate, icalDateTime, icalText } from './ical-text';
import { toSingleLine } from './text';

/**
 * iCalendar (RFC 5545) attachments for emails, written by our own few lines (ical-text.ts): the
 * properties below are all we send, and ical-generator cost the mailer 35 KB of cold start.
 *
 * Times are written in UTC (`DTSTART:20190411T080000Z`), never with a TZID: the instants are
 * unambiguous, need no VTIMEZONE (and so no time-zone database dependency), and every client
 * shows them in the reader's own zone (ical-generator, used before, read a native Date's
 * wall-clock time in the *process* time zone once a TZID was set, a silent source of wrong times
 * on servers). Whole-day entries (the event itself) use DATE values, which have no zone.
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

const ATTENDEE_STATUSES = {
  'needs-action': 'NEEDS-ACTION',
  accepted: 'ACCEPTED',
  declined: 'DECLINED',
  tentative: 'TENTATIVE',
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

/** DTSTART and DTEND: UTC instants, or DATE values with the exclusive day after the last day. */
function timingLines(entry: CalendarEntry): string[] {
  if (entry.timing.kind === 'instants') {
    const [start, end] = [instant(entry.timing.start), instant(entry.timing.end)];
    if (end.getTime() <= start.getTime()) throw new CalendarError(`Event ${entry.uid} ends before it starts`);
    return [`DTSTART:${icalDateTime(start)}`, `DTEND:${icalDateTime(end)}`];
  }
  const start = calendarDate(entry.timing.first);
  // DTEND of a DATE event is exclusive: the day after the last day.
  const end = new Date(calendarDate(entry.timing.last).getTime() + 86_400_000);
  if (end.getTime() <= start.getTime()) throw new CalendarError(`Event ${entry.uid} ends before it starts`);
  // Outlook shows DATE events as all-day only with these.
  return [`DTSTART;VALUE=DATE:${icalDate(start)}`, `DTEND;VALUE=DATE:${icalDate(end)}`, 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE'];
}

/** `;CN="…"` for a party with a usable name, else nothing. */
const commonName = (name: string | undefined): string => {
  const cleaned = parameterName(name);
  return cleaned === undefined ? '' : `;CN="${cleaned}"`;
};

function attendeeLine(attendee: CalendarAttendee): string {
  const status = attendee.status ? `;PARTSTAT=${ATTENDEE_STATUSES[attendee.status]}` : '';
  const rsvp = attendee.rsvp === undefined ? '' : `;RSVP=${attendee.rsvp ? 'TRUE' : 'FALSE'}`;
  return `ATTENDEE;ROLE=REQ-PARTICIPANT${status}${rsvp}${commonName(attendee.name)}:MAILTO:${checkedEmail(attendee.email)}`;
}

/** The VEVENT's content lines, unfolded, after the checks iTIP asks for. */
function eventLines(entry: CalendarEntry, input: CalendarInput): string[] {
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
  const { organizer } = entry;
  return [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `SEQUENCE:${sequence}`,
    `DTSTAMP:${icalDateTime(input.stamp)}`,
    ...timingLines(entry),
    `SUMMARY:${icalText(toSingleLine(entry.summary))}`,
    `TRANSP:${entry.busy === false ? 'TRANSPARENT' : 'OPAQUE'}`,
    ...(entry.location === undefined ? [] : [`LOCATION:${icalText(toSingleLine(entry.location))}`]),
    ...(entry.description === undefined ? [] : [`DESCRIPTION:${icalText(entry.description)}`]),
    // An organizer without a name is shown by its address, as clients expect a CN.
    ...(organizer ? [`ORGANIZER${commonName(organizer.name) || commonName(organizer.email)}:mailto:${checkedEmail(organizer.email)}`] : []),
    ...(entry.attendees ?? []).map(attendeeLine),
    ...(entry.url === undefined ? [] : [`URL;VALUE=URI:${entry.url}`]),
    ...(status ? [`STATUS:${status.toUpperCase()}`] : []),
    'END:VEVENT',
  ];
}

/**
 * RFC 5545's grammar gives a VCALENDAR at least one component, and a strict reader may refuse one
 * without. An agenda with nothing in it yet gets this one: the UTC zone, which every time here is
 * written in, so it describes the calendar and shows nothing.
 */
const UTC_TIMEZONE = ['BEGIN:VTIMEZONE', 'TZID:UTC', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0000', 'TZNAME:UTC', 'END:STANDARD', 'END:VTIMEZONE'];

/** Serialises a calendar (CRLF line endings, lines folded at 75 octets) for an attachment. */
export function buildCalendar(input: CalendarInput): string {
  // A published agenda with nothing in it yet is a normal state (UTC_TIMEZONE keeps it a valid
  // calendar); an invitation or a cancellation without an event is a bug.
  if (input.entries.length === 0 && input.method !== 'PUBLISH') throw new CalendarError(`METHOD:${input.method} needs at least one event`);
  const uids = new Set(input.entries.map((entry) => entry.uid));
  if (uids.size !== input.entries.length) throw new CalendarError('Event UIDs must be unique within a calendar');
  const name = input.name === undefined ? [] : [`NAME:${icalText(toSingleLine(input.name))}`, `X-WR-CALNAME:${icalText(toSingleLine(input.name))}`];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rendezvous//Rendezvous//EN',
    `METHOD:${input.method}`,
    ...name,
    ...(input.entries.length === 0 ? UTC_TIMEZONE : input.entries.flatMap((entry) => eventLines(entry, input))),
    'END:VCALENDAR',
  ];
  return lines.map(foldedLine).join('\r\n');
}

/** The calendar as an email attachment, with the method in the content type as iTIP requires. */
export function calendarAttachment(input: CalendarInput, filename: string): EmailAttachment {
  return {
    filename,
    contentType: `text/calendar; charset=utf-8; method=${input.method}`,
    content: buildCalendar(input),
  };
}
