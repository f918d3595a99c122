/// <reference lib="dom" />
import { describe, expect, it, onTestFinished } from 'vitest';
import { registerPeople } from '../support/meetings';
import { testEvent } from '../support/test-event';
import { accessibilityViolations, newTestPage } from './support/browser';
import { startBrowserStack } from './support/browser-stack';

/**
 * The manage page learns its event from the registration, and its agenda and edit form need the event;
 * its ticket's QR code comes with a module loaded on first use. The page was marked ready (`data-ready`)
 * before either arrived, so a check run at the marker could meet the form arriving mid-check, its later
 * sections still placeholders (the deferred layout), and axe's target-size flagged the programme's
 * checkboxes (a flaky failure of browser.test.ts; docs/web.md, "Ready marker"). Here the event's answer
 * comes late and the page has no idle time (idle callbacks run at their timeout, as on a busy machine).
 */
const event = testEvent({ capacity: 100 });

describe('the manage page, its event answered late', () => {
  it('is marked ready only with its agenda, form and ticket QR code drawn, and passes axe at the marker', async () => {
    const { app, web, browser } = await startBrowserStack([event]);
    onTestFinished(() => browser.close());
    const [person] = await registerPeople(app, event.id, 1, { language: 'en' });
    const page = await newTestPage(browser);
    await page.addInitScript(() => {
      window.requestIdleCallback = (callback, options) => window.setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), options?.timeout ?? 50);
    });
    await page.route((url) => url.pathname === `/api/events/${event.id}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await page.goto(`${web.url}/en/registrations/${person!.registrationId}#token=${person!.manageToken}`);
    await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 15_000 });
    const atReady = await page.evaluate(() => ['main .agenda', 'main form #programme', '.ticket-qr path'].filter((selector) => !document.querySelector(selector)));
    expect(atReady, 'missing when the page was marked ready').toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 180_000);
});
