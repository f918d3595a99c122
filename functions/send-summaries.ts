import middy from '@middy/core';
import { runtimeConfig } from '../shared/config/runtime-config';
import { requireEvent } from '../shared/events/require-event';
import { log } from '../shared/logging/logger';
import { summarySkipReason } from '../shared/organisers/scheduled-summary';
import { sendSummary } from '../shared/organisers/send-summary';

runtimeConfig();

/** What each EventBridge Scheduler schedule of an event's `summarySchedules` sends. */
interface SummaryRun {
  eventId?: string;
  scheduleId?: string;
}

/** The scheduled organiser summary of one event (its schedules run in Africa/Casablanca time). */
export const handler = middy<SummaryRun, void>().handler(async (input) => {
  if (!input.eventId) {
    log.warn('summary run without an event id: nothing sent', { input });
    return;
  }
  const event = await requireEvent(input.eventId);
  const skipped = summarySkipReason(event, input.scheduleId, new Date());
  if (skipped) {
    log.info('scheduled summary not sent', { eventId: input.eventId, scheduleId: input.scheduleId, reason: skipped });
    return;
  }
  const sent = await sendSummary(event);
  log.info('organiser summary recorded', { eventId: input.eventId, scheduleId: input.scheduleId, summaryId: sent.summaryId, recipients: sent.recipients });
});
