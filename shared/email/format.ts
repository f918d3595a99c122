/**
 * Date, time and place formatting for emails and pages (web/ imports this file), in the reader's
 * locale and the event's time zone. Everything goes through Intl (full ICU ships with Node), never
 * through the process time zone. Times read as the event's data writes them: an instant is first
 * turned into its wall-clock time (../events/local-date.ts: the offset written in the data, else
 * the tz database's for the event's zone), which Intl then formats in UTC, so no tz database can
 * move a slot written `14:40+01:00` (docs/web.md, "Event times").
 */

import { offsetAt, offsetName, wallClock } from '../events/local-date';
import { once } from '../once';

export interface TimeRange {
  /** ISO 8601 date-time with offset, as in the event definition. */
  start: string;
  end: string;
}

export interface Formatter {
  readonly locale: string;
  readonly timeZone: string;
  /** A session's day and times as the data writes them, e.g. "jeudi 11 avril, 09:00 – 11:00". */
  timeRange(range: TimeRange): string;
  /** The UTC offset an instant reads at (the written one, else the event zone's), e.g. "UTC+01:00", "UTC+00:00". */
  utcOffset(instant: string | Date): string;
  /** A calendar date (YYYY-MM-DD, no time zone involved), e.g. "9 avril 2019". */
  date(date: string): string;
  /** The date of an instant at its written offset, else in the event's time zone, e.g. "9 April 2019". */
  dateAt(instant: string | Date): string;
  /** The time of day of an instant at its written offset, else in the event's time zone, 24-hour, e.g. "10:12". */
  timeAt(instant: string | Date): string;
  /** A span of calendar dates (YYYY-MM-DD, no time zone involved), e.g. "9–11 avril 2019". */
  dateRange(startDate: string, endDate: string): string;
  /** A country's name from its ISO 3166-1 alpha-2 code, e.g. "MA" → "Maroc" / "المغرب". */
  country(code: string): string;
}

const cache = new Map<string, Formatter>();

/** Intl formatters are comparatively costly to build; one set per locale and time zone. */
export function createFormatter(locale: string, timeZone: string): Formatter {
  const cacheKey = `${locale}|${timeZone}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;

  // Each Intl object is built on first use: a web page needs two or three of them, and building one
  // costs milliseconds on a slow phone (the emails build them once per locale and time zone anyway).
  // Every format is in UTC: instants are turned into wall-clock times first (wallClock), and
  // calendar dates are UTC midnights, so no offset can shift the day.
  const sessionFormat = once(
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  );
  const dateFormat = once(() => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }));
  const timeFormat = once(() => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
  const regions = once(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const wall = (instant: string | Date) => wallClock(timeZone, instant);

  const formatter: Formatter = {
    locale,
    timeZone,
    timeRange: ({ start, end }) => sessionFormat().formatRange(wall(start), wall(end)),
    utcOffset: (instant) => offsetName(offsetAt(timeZone, instant)),
    date: (date) => dateFormat().format(calendarDate(date)),
    dateAt: (instant) => dateFormat().format(wall(instant)),
    timeAt: (instant) => timeFormat().format(wall(instant)),
    dateRange: (startDate, endDate) => {
      const start = calendarDate(startDate);
      const end = calendarDate(endDate);
      return start.getTime() === end.getTime() ? dateFormat().format(start) : dateFormat().formatRange(start, end);
    },
    country: (code) => regions().of(code) ?? code,
  };
  cache.set(cacheKey, formatter);
  return formatter;
}

/** The venue as display parts: name, city, country name in the locale (address when known). */
export function venueParts(
  venue: { name: string; city: string; country: string; address: string | null },
  format: Formatter,
): string[] {
  return [venue.name, venue.address, venue.city, format.country(venue.country)].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
}

/** A YYYY-MM-DD calendar date as the Date of its UTC midnight. */
export function calendarDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
