import { databaseOffset, isoOffset } from './local-date';

/*
 * The writing side of shared/events/local-date.ts (docs/web.md, "Event times"), for the console's slot
 * editor alone: a module of its own, so that the pages, which only read times, do not carry it.
 */

const minute = 60_000;
const day = 24 * 60 * minute;

/**
 * A wall-clock time of the event's zone (`2027-03-28T03:30`, as a `datetime-local` input gives it) as
 * the instant it stands for, written with that instant's own offset by the tz database at hand
 * (`2027-03-28T03:30:00+02:00` in Europe/Paris, `…T01:30:00+01:00` two hours earlier the same night):
 * the inverse of `wallClock`, for times an organiser types. A time the zone repeats (clocks go back)
 * is the earlier instant; a time it skips (clocks go forward) is moved on by the gap, as calendars do.
 */
export function zonedDateTime(timeZone: string, local: string): string {
  const wall = Date.parse(`${local.length === 16 ? `${local}:00` : local}Z`);
  // A zone's offset changes at most once a day: its offsets a day before and after are the candidates.
  const before = databaseOffset(timeZone, new Date(wall - day));
  const after = databaseOffset(timeZone, new Date(wall + day));
  const offset = [before, after].find((candidate) => databaseOffset(timeZone, new Date(wall - candidate * minute)) === candidate);
  const instant = new Date(wall - (offset ?? before) * minute);
  const own = offset ?? databaseOffset(timeZone, instant);
  return `${new Date(instant.getTime() + own * minute).toISOString().slice(0, 19)}${isoOffset(own)}`;
}
