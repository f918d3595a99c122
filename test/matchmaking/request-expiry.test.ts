import { describe, expect, it } from 'vitest';
import { requestExpiry } from '../../shared/meetings/request-expiry';
import { techDaysEvent } from '../support/test-event';

const withExpiry = (timeZone: string, startDate: string, hours: number | null, slots = techDaysEvent().meetings.slots) => {
  const base = techDaysEvent();
  return { ...base, timeZone, startDate, meetings: { ...base.meetings, slots, requestExpiryHoursBeforeStart: hours } };
};

describe('when unanswered meeting requests expire', () => {
  it('counts the hours back from midnight of the first day in the event’s own time zone', () => {
    // TechDays: 9 April 2019 in Casablanca (UTC+01:00): local midnight is 23:00 UTC the day before.
    expect(requestExpiry(withExpiry('Africa/Casablanca', '2019-04-09', 24))).toBe('2019-04-07T23:00:00.000Z');
    // New York (UTC-04:00 in April): midnight UTC would have closed requests four hours early.
    expect(requestExpiry(withExpiry('America/New_York', '2019-04-09', 24, []))).toBe('2019-04-08T04:00:00.000Z');
    expect(requestExpiry(withExpiry('Asia/Tokyo', '2019-04-09', 0, []))).toBe('2019-04-08T15:00:00.000Z');
  });

  it('counts from the first meeting slot when one is earlier, and never expires without the setting', () => {
    const early = [{ id: 'eve', start: '2019-04-08T20:00:00+01:00', end: '2019-04-08T20:20:00+01:00' }];
    expect(requestExpiry(withExpiry('Africa/Casablanca', '2019-04-09', 1, early))).toBe('2019-04-08T18:00:00.000Z');
    expect(requestExpiry(withExpiry('Africa/Casablanca', '2019-04-09', null))).toBeUndefined();
  });
});
