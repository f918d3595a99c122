import type { EventDefinition } from './event-definition';

/** The calendar date (YYYY-MM-DD) of an instant in the event's time zone. */
export const localDate = (event: Pick<EventDefinition, 'timeZone'>, instant: Date | string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

/** The wall-clock time (HH:MM, 24-hour) of an instant in the event's time zone. */
export const localTime = (event: Pick<EventDefinition, 'timeZone'>, instant: Date | string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: event.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
