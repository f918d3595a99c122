/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { organiserKey } from '../organisers/admin-support';
import { askMeeting, meetingAction, registerPeople } from '../support/meetings';
import { jsonOf } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { en } from '../../web/src/i18n/messages/en';
import { accessibilityViolations } from './support/browser';
import { startBrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * Found by the acceptance audit: a "Schedule all" preview showed the run's accepted meetings only. The meetings
 * confirmed before it, which the run keeps where they are, were missing from the grid (their tables looked free)
 * and from each participant's day, whose breaks the run's figures counted with them.
 */
const event = testEvent({ capacity: 100 });
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000, interval: 100 });
let app: BrowserTestApp;
let web: { url: string };
let browser: Browser;
let key: string;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
  key = await organiserKey(event.id);
}, 120_000);
afterAll(() => browser?.close());

describe('"Schedule all" with meetings already confirmed', () => {
  it('shows them in the grid as already booked and in their participant’s day, beside the planned ones', async () => {
    const [amal, bruno, chloe] = await registerPeople(app, event.id, 3, { language: 'en' });
    const firstSlot = event.meetings.slots[0]!.id;
    const booked = await jsonOf(await askMeeting(app, event.id, amal!, bruno!, [firstSlot]));
    const confirmed = await jsonOf(await meetingAction(app, bruno!, booked.meetingRequestId, 'accept', { slotId: firstSlot }));
    const later = await jsonOf(await askMeeting(app, event.id, chloe!, amal!, [event.meetings.slots[1]!.id]));
    expect((await meetingAction(app, amal!, later.meetingRequestId, 'accept', {})).status).toBe(200);

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${web.url}/en/events/${event.id}/console`);
    await page.fill('#organiser-key', key);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.site-nav a');
    await page.getByRole('link', { name: 'Schedule all' }).click();
    // The confirmed meetings cannot be read at first (the server fails): the page says so, since the grid would show
    // their tables free; Try again reads them (it showed the grid as if none were booked, without a word).
    const confirmedList = `**/admin/events/${event.id}/meetings?status=confirmed*`;
    await page.route(confirmedList, (route) => route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{"type":"about:blank","title":"Unavailable","status":503}' }));
    await page.getByRole('button', { name: 'Preview a schedule' }).click();
    await poll(() => page.locator('[data-figures="schedule"] div').first().locator('dd').textContent()).toBe('1');
    await poll(() => page.locator('.notice--error').textContent()).toContain(en['console.schedule.bookedUnread']);
    expect(await page.locator('.schedule-grid td .pair--booked').count()).toBe(0);
    await page.unroute(confirmedList);
    await page.locator('.notice--error').getByRole('button').click();
    await poll(() => page.locator('.notice--error').count()).toBe(0);

    const bookedCell = page.locator(`.schedule-grid td[data-cell="${firstSlot}#${confirmed.table}"]`);
    await poll(() => bookedCell.textContent()).toContain(`(${en['console.schedule.alreadyBooked']})`);
    expect(await page.locator('.schedule-grid td .pair').count()).toBe(2);
    expect(await page.locator('.schedule-grid td .pair--booked').count()).toBe(1);

    // Amal's day: the meeting kept in place and the planned one, in time order.
    await page.selectOption('#participant', amal!.registrationId);
    await poll(() => page.locator('[data-line=meeting]').count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 120_000);
});
