import type { I18n } from '../i18n/index';

/**
 * When someone was checked in, for the door: its time, and its day when that is not today (in the event's zone). A
 * check-in counts for the whole event, which runs over several days: the next morning "Already checked in at 09:12"
 * read as a ticket used a moment ago by someone else.
 */
export function checkInMoment(i18n: I18n, timeZone: string | undefined, checkedInAt: string, now = new Date()): { time: string; date?: string } {
  // A check-in is a server instant: it reads in the event's zone (docs/web.md, "Event times"), and in the device's own
  // only before the event has loaded.
  const format = i18n.format(timeZone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone);
  const date = format.dateAt(checkedInAt);
  return date === format.dateAt(now) ? { time: format.timeAt(checkedInAt) } : { time: format.timeAt(checkedInAt), date };
}
