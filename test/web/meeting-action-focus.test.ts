/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { answerTokenFor } from '../../shared/security/answer-token';
import { askMeeting, meetingAction, registerPeople, type Person } from '../support/meetings';
import { jsonOf } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { en } from '../../web/src/i18n/messages/en';
import { screenshots, tabTo } from './support/browser';
import { startBrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * Keyboard only: a meeting action that takes away the card it was pressed in (cancel, withdraw,
 * accept, decline) leaves focus on the notice saying what happened, never on the page's body, where
 * the next Tab would start again from the skip link (WCAG 2.4.3, found by the outside checker).
 */
const event = testEvent({ capacity: 100 });
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
let app: BrowserTestApp;
let web: { url: string };
let browser: Browser;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
}, 120_000);
afterAll(() => browser?.close());

async function confirmedMeeting(): Promise<{ asker: Person; answerer: Person; meetingRequestId: string }> {
  const [asker, answerer] = await registerPeople(app, event.id, 2, { language: 'en' });
  const { meetingRequestId } = await jsonOf(await askMeeting(app, event.id, asker!, answerer!, [event.meetings.slots[0]!.id]));
  expect((await meetingAction(app, answerer!, meetingRequestId, 'accept', { slotId: event.meetings.slots[0]!.id })).status).toBe(200);
  return { asker: asker!, answerer: answerer!, meetingRequestId };
}

async function signedIn(person: Person, path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${web.url}/en/registrations/${person.registrationId}#token=${person.manageToken}`);
  await page.waitForSelector('h1');
  if (path) await page.goto(`${web.url}/en/registrations/${person.registrationId}${path}`);
  return page;
}

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement === document.body ? 'body' : document.activeElement?.textContent ?? ''));

describe('focus after a meeting action that removes its card', () => {
  it('"My meetings": Cancel with the keyboard leaves focus on the notice', async () => {
    const { answerer } = await confirmedMeeting();
    const page = await signedIn(answerer, '/meetings');
    await tabTo(page, 'section[aria-labelledby=confirmed] button.button--danger');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('section[aria-labelledby=confirmed]').textContent()).toContain('None at the moment');
    await poll(() => focusedText(page)).toContain('Cancelled');
  }, 60_000);

  it('"My meetings": Decline with the keyboard leaves focus on the notice', async () => {
    const [asker, answerer] = await registerPeople(app, event.id, 2, { language: 'en' });
    expect((await askMeeting(app, event.id, asker!, answerer!, [event.meetings.slots[1]!.id])).status).toBe(201);
    const page = await signedIn(answerer!, '/meetings');
    await tabTo(page, 'section[aria-labelledby=incoming] button.button--danger');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('section[aria-labelledby=incoming]').textContent()).toContain('None at the moment');
    await poll(() => focusedText(page)).toContain('Declined');
  }, 60_000);

  it('the answer page (an email\'s answer link): Accept and Decline with the keyboard leave focus on the status', async () => {
    for (const [slot, button, says] of [[2, 'main form button[type=submit]', 'Confirmed'], [3, 'main form button.button--danger', 'Declined']] as const) {
      const [asker, answerer] = await registerPeople(app, event.id, 2, { language: 'en' });
      const { meetingRequestId } = await jsonOf(await askMeeting(app, event.id, asker!, answerer!, [event.meetings.slots[slot]!.id]));
      const token = await answerTokenFor({ meetingRequestId, recipientId: answerer!.registrationId, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
      const page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
      await page.goto(`${web.url}/en/meeting-requests/${meetingRequestId}/answer#token=${encodeURIComponent(token)}`);
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      await poll(() => page.locator('main form').count()).toBe(0);
      await poll(() => focusedText(page)).toContain(says);
      await page.context().close();
    }
  }, 60_000);

  it('the manage page agenda: Cancel with the keyboard leaves focus on the notice', async () => {
    const { asker } = await confirmedMeeting();
    const page = await signedIn(asker, '');
    await tabTo(page, '.agenda button.button--danger');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.agenda .button--danger').count()).toBe(0);
    await poll(() => focusedText(page)).toContain('cancelled');
  }, 60_000);

  it('"My meetings": moving a meeting the other side cancelled meanwhile says it was cancelled, focus on the notice', async () => {
    const { asker, answerer, meetingRequestId } = await confirmedMeeting();
    const page = await signedIn(answerer, '/meetings');
    await tabTo(page, 'section[aria-labelledby=confirmed] button.button--secondary');
    await page.keyboard.press('Enter');
    await poll(() => focusedText(page)).not.toBe('body');
    // The other side cancels while this tab still shows the meeting as confirmed.
    expect((await meetingAction(app, asker, meetingRequestId, 'cancel')).status).toBe(200);
    await tabTo(page, `#move-${meetingRequestId}-submit`);
    await page.keyboard.press('Enter');
    await poll(() => focusedText(page)).toBe(en['problem.meeting-not-confirmed']);
    await screenshots(page, 'meetings-stale-move-en');
    await poll(() => page.locator('section[aria-labelledby=confirmed]').textContent()).toContain('None at the moment');
  }, 60_000);
});

describe('the manage page’s cancel and erase steps', () => {
  it('the confirmation says what "no" keeps, takes focus on it, and Enter twice cancels nothing', async () => {
    const [person] = await registerPeople(app, event.id, 1, { language: 'en' });
    const page = await signedIn(person!, '');
    for (const [ask, keep] of [['manage.cancel', 'manage.cancelKeep'], ['manage.erase', 'manage.eraseKeep']] as const) {
      await tabTo(page, `#end-${ask === 'manage.cancel' ? 'cancel' : 'erase'}`);
      expect(await focusedText(page)).toBe(en[ask]);
      await page.keyboard.press('Enter');
      await poll(() => focusedText(page)).toBe(en[keep]);
      if (ask === 'manage.cancel') await screenshots(page, 'manage-cancel-confirm-en');
      await page.keyboard.press('Enter');
      await poll(() => focusedText(page)).toBe(en[ask]);
    }
    const registration = await jsonOf(await app.request('GET', `/registrations/${person!.registrationId}`, { headers: { authorization: `Bearer ${person!.manageToken}` } }));
    expect(registration.status).toBe('confirmed');
    expect(await page.locator('section[aria-labelledby=end] button').allTextContents()).not.toContain(en['common.cancel']);
  }, 60_000);
});
