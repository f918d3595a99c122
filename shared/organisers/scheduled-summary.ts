import type { EventDefinition } from '../events/event-definition';

/** Why a scheduled summary run sends nothing. */
export type SummarySkipReason = 'schedule-removed' | 'event-over' | 'no-recipients';

/** `YYYY-MM-DD` of `instant` in `timeZone` (en-CA writes dates that way). */
const dayIn = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Whether a run of one of the event's `summarySchedules` should send nothing. Schedules are made at deploy
 * and a cron such as "every day at 08:00" has no end, so the run itself checks: a schedule the organisers
 * have since removed from the event sends nothing, and neither does any schedule once the event is over
 * (the last summary goes out on the day after the event's last day, with its final figures); an event
 * whose organisers removed every recipient has nobody to send to (a failed run would be retried and alarm).
 * `POST …/summaries` still sends one on demand.
 */
export function summarySkipReason(event: EventDefinition, scheduleId: string | undefined, now: Date): SummarySkipReason | undefined {
  if (!event.summarySchedules.some((schedule) => schedule.id === scheduleId)) return 'schedule-removed';
  if (dayIn(now, event.timeZone) > dayAfter(event.endDate)) return 'event-over';
  if (event.organiserRecipients.length === 0) return 'no-recipients';
  return undefined;
}
