import { describe, expect, it } from 'vitest';
import { schedulerCronProblem } from '../../shared/events/schedule-cron';

describe('schedulerCronProblem (EventBridge Scheduler cron expressions)', () => {
  it.each([
    'cron(0 8 * * ? *)',
    'cron(0 13,19 9-11 4 ? 2019)',
    'cron(0/15 8-18 ? * MON-FRI *)',
    'cron(0 8 * JAN-MAR ? 2019-2020)',
    'cron(0 10 ? * 6L *)',
    'cron(0 10 ? * 2#1 *)',
    'cron(0 8 L * ? *)',
    'cron(0 8 15W * ? *)',
  ])('accepts %s', (expression) => {
    expect(schedulerCronProblem(expression)).toBeUndefined();
  });

  it.each([
    ['rate(1 day)', /must be cron\(/],
    ['cron(0 8 * * ?)', /6 fields.*not 5/],
    ['cron(every day please)', /6 fields.*not 3/],
    ['cron(0 8 * * * *)', /one of day-of-month and day-of-week must be \?/],
    ['cron(0 8 ? * ? *)', /one of day-of-month and day-of-week must be \?/],
    ['cron(60 8 * * ? *)', /minutes "60"/],
    ['cron(0 24 * * ? *)', /hours "24"/],
    ['cron(0 8 0 * ? *)', /day-of-month "0"/],
    ['cron(0 8 * 13 ? *)', /month "13"/],
    ['cron(0 8 ? * 8 *)', /day-of-week "8"/],
    ['cron(0 8 * * ? 1969)', /year "1969"/],
    ['cron(5-1 8 * * ? *)', /minutes "5-1"/],
    ['cron(0/0 8 * * ? *)', /minutes "0\/0"/],
  ])('refuses %s', (expression, message) => {
    expect(schedulerCronProblem(expression)).toMatch(message);
  });
});
