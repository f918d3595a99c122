import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext, loadHandler } from '../../local/load-handler';
import type { EventDefinition } from '../../shared/events/event-definition';
import { summarySkipReason } from '../../shared/organisers/scheduled-summary';
import type { TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const schedules = [{ id: 'daily', cron: 'cron(0 8 * * ? *)' }];
const organisedBy = (name: string) => ({ summarySchedules: schedules, organiserRecipients: [{ email: `${name}@organisers.example`, language: 'en' as const }] });
// testEvent(…, startsInDays): three days long, so -3 ended yesterday and -10 a week ago.
const upcoming = testEvent(organisedBy('upcoming'), 30);
const endedYesterday = testEvent(organisedBy('ended-yesterday'), -3);
const endedLastWeek = testEvent(organisedBy('ended-last-week'), -10);
const unaddressed = testEvent({ summarySchedules: schedules, organiserRecipients: [] }, 30);
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([upcoming, endedYesterday, endedLastWeek, unaddressed], undefined, { streamWorkerIds: ['sendConfirmations'] });
});
afterAll(() => app?.stop());

/** What EventBridge Scheduler does for one of the event's schedules, then the mailer. */
async function scheduledRun(event: EventDefinition, scheduleId: string) {
  const handler = await loadHandler('functions/send-summaries.ts');
  await handler({ eventId: event.id, scheduleId }, lambdaContext('sendSummaries'));
  await app.drainStreams();
  return app.mailTo(event.organiserRecipients[0]!.email);
}

describe('scheduled organiser summaries', () => {
  it('are sent while the event is ahead, and on the day after its last day (its final figures)', async () => {
    expect(await scheduledRun(upcoming, 'daily')).toHaveLength(1);
    expect(await scheduledRun(endedYesterday, 'daily')).toHaveLength(1);
  });

  it('stop once the event is over: a daily cron has no end, years of summaries would follow', async () => {
    expect(await scheduledRun(endedLastWeek, 'daily')).toHaveLength(0);
  });

  it('are not sent for a schedule the organisers removed from the event (the deployed one fires until the next deploy)', async () => {
    const before = (await app.mailTo(upcoming.organiserRecipients[0]!.email)).length;
    expect(await scheduledRun(upcoming, 'removed-since')).toHaveLength(before);
  });

  it('end quietly for an event with no recipients left (a failing run would be retried and raise the alarm)', async () => {
    const handler = await loadHandler('functions/send-summaries.ts');
    await expect(handler({ eventId: unaddressed.id, scheduleId: 'daily' }, lambdaContext('sendSummaries'))).resolves.toBeUndefined();
  });

  it('read the day in the event\u2019s time zone', () => {
    const event = { ...upcoming, startDate: '2019-04-09', endDate: '2019-04-11', timeZone: 'Asia/Tokyo' };
    expect(summarySkipReason(event, 'daily', new Date('2019-04-12T14:59:00Z'))).toBeUndefined();
    expect(summarySkipReason(event, 'daily', new Date('2019-04-12T15:00:00Z'))).toBe('event-over');
  });
});
