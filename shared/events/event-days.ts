import type { EventDefinition } from './event-definition';

/** The event's days, `YYYY-MM-DD`, first to last. */
export function eventDays(event: EventDefinition): string[] {
  const days: string[] = [];
  for (let day = new Date(`${event.startDate}T00:00:00Z`); day <= new Date(`${event.endDate}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}
