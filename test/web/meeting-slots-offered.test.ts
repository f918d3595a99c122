/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { answerTokenFor } from '../../shared/security/answer-token';
import { askMeeting, meetingAction, registerPeople, type Person } from '../support/meetings';
import { bearer } from '../support/registrations';
import { jsonOf } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { en } from '../../web/src/i18n/messages/en';
import { tabTo } from './support/browser';
import { startBrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * Which times the meeting pages offer, found by the acceptance audit: the manage page's agenda offered to move a
 * meeting to any slot free in the reader's own agenda (a time the other side had booked was refused once chosen),
 * and an event whose organisers place every meeting (`participantsPickSlots: false`) still had its recipients pick a
 * slot to accept in (refused) and offered Move (refused).
 */
const event = testEvent({ capacity: 100 });
const organisersPlace = (() => {
  const base = testEvent({ capacity: 100 });
  return { ...base, id: `${base.id}-placed`, meetings: { ...base.meetings, participantsPickSlots: false } };
})();
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
let app: BrowserTestApp;
let web: { url: string };
let browser: Browser;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event, organisersPlace]));
}, 120_000);
afterAll(() => browser?.close());

async function confirm(eventId: string, asker: Person, answerer: Person, slotId: string): Promise<string> {
  const { meetingRequestId } = await jsonOf(await askMeeting(app, eventId, asker, answerer, [slotId]));
  expect((await meetingAction(app, answerer, meetingRequestId, 'accept', { slotId })).status).toBe(200);
  return meetingRequestId;
}

async function signedIn(person: Person, path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${web.url}/en/registrations/${person.registrationId}#token=${person.manageToken}`);
  await page.waitForSelector('html[data-ready]');
  if (path) await page.goto(`${web.url}/en/registrations/${person.registrationId}${path}`);
  return page;
}

describe("the manage page's Move", () => {
  it('offers only the slots free for both, and moves the meeting there with the keyboard', async () => {
    const [reader, partner, other] = await registerPeople(app, event.id, 3, { language: 'en' });
    const [first, second] = event.meetings.slots.map((slot) => slot.id);
    // The partner is booked at the first slot with someone else; the reader and the partner meet at the second.
    await confirm(event.id, other!, partner!, first!);
    await confirm(event.id, reader!, partner!, second!);
    const freeForBoth = (await jsonOf(await app.request('GET', `/registrations/${reader!.registrationId}/meeting-slots?with=${partner!.registrationId}`, { headers: bearer(reader!.manageToken) }))).slots.map((slot: { id: string }) => slot.id);
    expect(freeForBoth).not.toContain(first);

    const page = await signedIn(reader!, '');
    await tabTo(page, '.agenda button.button--secondary');
    await page.keyboard.press('Enter');
    const choice = page.locator('.agenda select');
    await poll(() => choice.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(await choice.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(freeForBoth);
    await tabTo(page, '.agenda button.button--primary');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#agenda-notice').textContent()).toBe(en['meetings.moved']);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('agenda-notice');
    const agenda = await jsonOf(await app.request('GET', `/registrations/${partner!.registrationId}/agenda`, { headers: bearer(partner!.manageToken) }));
    expect(agenda.entries.filter((entry: { kind: string }) => entry.kind === 'meeting').map((entry: { slotId: string }) => entry.slotId).sort()).toEqual([first, freeForBoth[0]].sort());
  }, 60_000);
});

describe('an event whose organisers place the meetings', () => {
  it('the answer page and My meetings accept without a slot (a slot picked was refused)', async () => {
    const [asker, answerer, third] = await registerPeople(app, organisersPlace.id, 3, { language: 'en' });
    const [first, second] = organisersPlace.meetings.slots.map((slot) => slot.id);
    expect((await jsonOf(await app.request('GET', `/events/${organisersPlace.id}`))).participantsPickSlots).toBe(false);

    // The emailed answer link: the proposed times are said, not offered; Accept leaves the time to the organisers.
    const { meetingRequestId } = await jsonOf(await askMeeting(app, organisersPlace.id, asker!, answerer!, [first!, second!]));
    const token = await answerTokenFor({ meetingRequestId, recipientId: answerer!.registrationId, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
    await page.goto(`${web.url}/en/meeting-requests/${meetingRequestId}/answer#token=${encodeURIComponent(token)}`);
    await page.waitForSelector('#slot-organisers-place');
    expect(await page.locator('main input[type=radio]').count()).toBe(0);
    await tabTo(page, 'main form button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#answer-status').textContent()).toBe(en['answer.status.accepted']);

    // My meetings: the same for an incoming request.
    const asked = await jsonOf(await askMeeting(app, organisersPlace.id, third!, answerer!, [second!]));
    const meetings = await signedIn(answerer!, `/meetings?event=${organisersPlace.id}`);
    await meetings.waitForSelector('section[aria-labelledby=incoming] form');
    expect(await meetings.locator('section[aria-labelledby=incoming] input[type=radio]').count()).toBe(0);
    await tabTo(meetings, 'section[aria-labelledby=incoming] button[type=submit]');
    await meetings.keyboard.press('Enter');
    await poll(() => meetings.locator('section[aria-labelledby=to-place] li').count()).toBe(2);
    expect((await jsonOf(await app.request('GET', `/meeting-requests/${asked.meetingRequestId}`, { headers: bearer(answerer!.manageToken) }))).status).toBe('accepted');
  }, 60_000);
});
