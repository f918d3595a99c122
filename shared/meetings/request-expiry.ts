import type { EventDefinition } from '../events/event-definition';
import { zonedDateTime } from '../events/zoned-date-time';

/**
 * When an unanswered request expires, if the event sets `meetings.requestExpiryHoursBeforeStart`: that many
 * hours before the event starts, i.e. before midnight of its first day in its own time zone (or its first
 * meeting slot, if one is earlier). Midnight UTC was an hour late in Casablanca and five hours early in New York.
 */
export function requestExpiry(event: EventDefinition): string | undefined {
  const hours = event.meetings.requestExpiryHoursBeforeStart;
  if (hours === null) return undefined;
  const firstDay = Date.parse(zonedDateTime(event.timeZone, `${event.startDate}T00:00`));
  const firstStart = Math.min(...event.meetings.slots.map((slot) => Date.parse(slot.start)), firstDay);
  return new Date(firstStart - hours * 3_600_000).toISOString();
}
