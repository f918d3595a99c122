import type { EventDefinition } from './event-definition';

/**
 * The wall-clock time of instants, in one place for the server, the emails and the pages (which
 * import this file): docs/web.md, "Event times".
 *
 * An event time the data writes with a numeric offset (`2019-04-09T14:40:00+01:00`: slots, sessions,
 * programme items, the registration deadline) reads as written, 14:40, whatever the tz database at
 * hand says that offset is: a browser's and Node's can disagree (tzdata 2026c moves Africa/Casablanca
 * to +00:00 from 2026-09-20, older copies keep +01:00), and the organiser's data is what participants
 * were told. Any other instant (a `Z` server timestamp, a Date) is not the organiser's: it reads in the
 * event's zone by the tz database at hand, the only source of the zone's offset on an arbitrary day.
 */

/** ±hh:mm (or ±hhmm, ±hh) at the end of an ISO 8601 date-time; `Z` is not a written local offset. */
const writtenOffsetPattern = /T[\d:.]+([+-])(\d{2}):?(\d{2})?$/;

/** The offset written in an ISO 8601 date-time, in minutes east of UTC; undefined for `Z` or a Date. */
export function writtenOffset(instant: Date | string): number | undefined {
  if (typeof instant !== 'string') return undefined;
  const match = writtenOffsetPattern.exec(instant);
  if (!match) return undefined;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset at an instant by the tz database at hand, in minutes east of UTC. */
export function databaseOffset(timeZone: string, at: Date): number {
  let format = offsetFormats.get(timeZone);
  if (!format) offsetFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The offset an instant reads at in the event's zone: the written one, else the tz database's. */
export function offsetAt(timeZone: string, instant: Date | string): number {
  return writtenOffset(instant) ?? databaseOffset(timeZone, new Date(instant));
}

/**
 * The wall-clock time of an instant in the event's zone as the UTC fields of a Date: format it with
 * `timeZone: 'UTC'` (or read `toISOString()`), never in a zone, which would apply an offset again.
 */
export function wallClock(timeZone: string, instant: Date | string): Date {
  const at = new Date(instant);
  return new Date(at.getTime() + offsetAt(timeZone, instant) * 60_000);
}

/** An offset as ISO 8601 writes it: "+01:00", "-03:30", "+00:00". */
export function isoOffset(minutes: number): string {
  const size = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}

/** An offset as "UTC+01:00", "UTC-03:30", "UTC+00:00" (ICU's `longOffset` spelling, UTC for GMT). */
export const offsetName = (minutes: number): string => `UTC${isoOffset(minutes)}`;

/** The calendar date (YYYY-MM-DD) of an instant in the event's time zone. */
export const localDate = (event: Pick<EventDefinition, 'timeZone'>, instant: Date | string): string =>
  wallClock(event.timeZone, instant).toISOString().slice(0, 10);

/** The wall-clock time (HH:MM, 24-hour) of an instant in the event's time zone. */
export const localTime = (event: Pick<EventDefinition, 'timeZone'>, instant: Date | string): string =>
  wallClock(event.timeZone, instant).toISOString().slice(11, 16);
