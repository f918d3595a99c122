/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { answerTokenFor } from '../../shared/security/answer-token';
import { en } from '../../web/src/i18n/messages/en';
import { bearer, register } from '../support/registrations';
import { testEvent } from '../support/test-event';
import { newTestPage } from './support/browser';
import { startBrowserStack, type BrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * An event whose organisers place every accepted meeting ("Schedule all", issue 7): the invitee is not offered
 * the proposed times, which the API would refuse (409 organisers-schedule), only to accept and be placed.
 */
const base = testEvent();
const event = testEvent({ meetings: { ...base.meetings, participantsPickSlots: false } });
const slots = event.meetings.slots.map((slot) => slot.id);

let app: BrowserTestApp;
let web: BrowserStack['web'];
let browser: Browser;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
});
afterAll(() => browser?.close());

describe('accepting where the organisers place the meetings', () => {
  it('the event says so, and the answer page offers no time to pick: Accept leaves the meeting to the organisers', async () => {
    const eventView = await (await app.request('GET', `/events/${event.id}`)).json();
    expect(eventView.participantsPickSlots).toBe(false);

    const [requester, invitee] = [await register(app, event.id, { firstName: 'Karim' }), await register(app, event.id, { firstName: 'Salma' })];
    const asked = await app.request('POST', `/events/${event.id}/meeting-requests`, {
      headers: bearer(requester.json.manageToken),
      body: { toRegistrationId: invitee.json.registrationId, proposedSlotIds: [slots[0], slots[1]] },
    });
    expect(asked.status).toBe(201);
    const meetingRequestId = (await asked.json()).meetingRequestId as string;
    const token = await answerTokenFor({ meetingRequestId, recipientId: invitee.json.registrationId, expiresAt: new Date(Date.now() + 86_400_000).toISOString() });

    const page = await newTestPage(browser);
    await page.goto(`${web.url}/en/meeting-requests/${meetingRequestId}/answer#token=${token}`);
    await page.waitForSelector('input[type=radio]');
    const radios = page.locator('input[type=radio]');
    expect(await radios.count()).toBe(1);
    expect(await radios.first().isChecked()).toBe(true);
    expect(await page.locator('label').filter({ hasText: en['answer.later'] }).count()).toBe(1);
    await page.getByRole('button', { name: en['answer.accept'], exact: true }).click();
    await expect.poll(() => page.locator('#answer-status').textContent(), { timeout: 15_000 }).toContain(en['answer.status.accepted']);
    const meeting = await (await app.request('GET', `/meeting-requests/${meetingRequestId}`, { headers: bearer(invitee.json.manageToken) })).json();
    expect(meeting.status).toBe('accepted');
  }, 120_000);
});
