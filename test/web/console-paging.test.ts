/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { organiserKey } from '../organisers/admin-support';
import { registerPeople } from '../support/meetings';
import { testEvent } from '../support/test-event';
import { fr } from '../../web/src/i18n/messages/fr';
import { screenshots, tabTo } from './support/browser';
import { startBrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * The console's long lists, as an organiser with more than a page of registrations meets them: the
 * registrations and the emails come 100 at a time, "Show more" appends the next page (keyboard
 * only, at 360 px), and after the last page focus lands on the list, whose caption counts them all.
 * The emails say what they are in the organiser's language, not the API's kind names.
 */
const people = 105;
const event = testEvent({ capacity: 200 });
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
let app: BrowserTestApp;
let web: { url: string };
let browser: Browser;
let page: Page;
/** A registration whose detail page is read (and made to fail) below. */
let firstPerson: string;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
  const key = await organiserKey(event.id);
  firstPerson = (await registerPeople(app, event.id, people, { lastName: 'Paged' }))[0]!.registrationId;
  // Every confirmation sent before the emails page is read: the page's counts are the subject here, and an
  // email the mailer moves between statuses while the test pages would be counted where the mailer left it.
  await app.drainStreams();
  page = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${web.url}/fr/events/${event.id}/console`);
  await page.fill('#organiser-key', key);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.site-nav a');
}, 180_000);
afterAll(() => browser?.close());

/** Opens a console page in the app, keeping the in-memory session. */
async function open(path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    window.dispatchEvent(new Event('rendezvous:navigate'));
  }, `/fr/events/${event.id}/console/${path}`);
}

const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
const rowIds = (attribute: string) => page.locator(`tr[${attribute}]`).evaluateAll((rows, name) => rows.map((row) => row.getAttribute(name)), attribute);

describe('console lists a page at a time', () => {
  it('registrations: 100, then "Afficher plus" with the keyboard adds the other 5 and focus moves to the list', async () => {
    await open('registrations');
    await poll(() => page.locator('#registrations-caption').textContent()).toBe('100 inscriptions affichées.');
    expect(await page.locator('#registrations-more').textContent()).toBe('Afficher plus');
    await tabTo(page, '#registrations-more');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#registrations-caption').textContent()).toBe(`${people} inscriptions affichées.`);
    expect(new Set(await rowIds('data-registration')).size).toBe(people);
    expect(await page.locator('#registrations-more').count()).toBe(0);
    await poll(focusedId).toBe('registrations');
  }, 90_000);

  it('emails: the same paging, each email named in French, and a filter starts again from its first page', async () => {
    await open('emails');
    await poll(() => page.locator('#emails-caption').textContent()).toMatch(/^100 e-mails affichés/);
    expect(await page.locator('tr[data-email] [data-kind]').first().textContent()).toBe('Inscription confirmée');
    await tabTo(page, '#emails-more');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#emails-caption').textContent()).toMatch(new RegExp(`^${people} e-mails affichés`));
    expect(new Set(await rowIds('data-email')).size).toBe(people);
    await poll(focusedId).toBe('emails');
    // No email has bounced: a filter's first page replaces the appended list.
    await page.selectOption('#email-status', 'bounced');
    await poll(() => page.locator('#emails-caption').textContent()).toBe('Aucun e-mail.');
  }, 90_000);
});

describe('a console list that cannot be read', () => {
  const unavailable = { status: 503, contentType: 'application/problem+json', body: JSON.stringify({ type: 'urn:rendezvous:problem:service-unavailable', title: 'Service unavailable', status: 503 }) };
  const lists = [
    { path: 'press', route: '**/api/admin/events/*/press-accreditations?*', failure: '503', loaded: fr['console.press.empty'] },
    { path: 'emails', route: '**/api/admin/events/*/confirmations?*', failure: '503', loaded: 'e-mails affichés' },
    { path: 'registrations', route: '**/api/admin/events/*/registrations?*', failure: 'network', loaded: 'inscriptions affichées' },
  ] as const;

  it.each(lists)('$path ($failure): "could not be loaded" with Réessayer, never an empty list; Réessayer by keyboard loads it', async ({ path, route, failure, loaded }) => {
    await page.route(route, (request) => (failure === '503' ? request.fulfill(unavailable) : request.abort('internetdisconnected')));
    await open(path);
    await poll(() => page.locator('main').textContent()).toContain(fr['common.unavailableList']);
    const shown = (await page.locator('main').textContent()) ?? '';
    expect(shown).not.toContain(fr['console.press.empty']);
    expect(shown).not.toMatch(/Aucun e-mail|0 inscription/);
    if (path === 'emails') await screenshots(page, 'console-emails-unreadable-fr');
    await page.unroute(route);
    await tabTo(page, 'main .notice--error button');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(fr['common.retry']);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('main').textContent()).toContain(loaded);
    expect(await page.locator('main').textContent()).not.toContain(fr['common.unavailableList']);
  }, 60_000);

  const pages = [
    { name: 'dashboard', path: '', route: '**/api/admin/events/*/dashboard', failure: '503', loaded: '[data-figures="registrations"]' },
    { name: "a registration's detail", path: 'registrations/{first}', route: '**/api/admin/events/*/registrations/*', failure: 'network', loaded: 'dl.facts' },
    { name: 'settings', path: 'settings', route: `**/api/admin/events/${event.id}`, failure: '503', loaded: '#capacity' },
  ] as const;

  it.each(pages)('$name ($failure): "this page could not be loaded" with Réessayer, which loads it by keyboard', async ({ path, route, failure, loaded }) => {
    await page.route(route, (request) => (failure === '503' ? request.fulfill(unavailable) : request.abort('internetdisconnected')));
    await open(path.replace('{first}', firstPerson));
    await poll(() => page.locator('main').textContent()).toContain(fr['common.unavailable']);
    expect(await page.locator('main').textContent()).not.toContain(fr['common.error']);
    await page.unroute(route);
    await tabTo(page, 'main .notice--error button');
    await page.keyboard.press('Enter');
    await page.waitForSelector(loaded);
    expect(await page.locator('main').textContent()).not.toContain(fr['common.unavailable']);
  }, 60_000);

  it('an action with no answer ("Schedule all" preview) says so, and its button works again (it stayed busy on Loading)', async () => {
    const schedule = '**/api/admin/events/*/schedule';
    await page.route(schedule, (request) => request.abort('internetdisconnected'));
    await open('schedule');
    await tabTo(page, 'main .actions button');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('main .notice--error').textContent()).toBe(fr['problem.generic']);
    const preview = page.locator('main .actions button');
    expect(await preview.getAttribute('aria-disabled')).toBeNull();
    expect(await page.locator('main [role=status]').count()).toBe(0);
    await page.unroute(schedule);
    // Pressed again, the API answers (nothing accepted to place here: its own refusal, in French).
    await page.keyboard.press('Enter');
    await poll(() => page.locator('main .notice--error').textContent()).toBe(fr['problem.nothing-to-schedule']);
  }, 60_000);

  it('dashboard: a refresh that fails keeps the last figures, says they could not be refreshed, and Réessayer refreshes them', async () => {
    await open('');
    await page.waitForSelector('[data-figures="registrations"]');
    const figures = await page.locator('[data-figures="registrations"]').textContent();
    // The figures' time in the event's zone, which a kept set of figures makes worth reading.
    const generatedAt = await page.locator('#dashboard-generated-at').textContent();
    expect(generatedAt).toMatch(/^Chiffres au \d{1,2} \S+ \d{4} à \d{2}:\d{2}\.$/);
    await page.route('**/api/admin/events/*/dashboard', (request) => request.fulfill(unavailable));
    // What the page does every 15 s, and at once when it becomes visible again.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await poll(() => page.locator('main').textContent()).toContain(fr['common.notRefreshed']);
    expect(await page.locator('[data-figures="registrations"]').textContent()).toBe(figures);
    expect(await page.locator('#dashboard-generated-at').textContent()).toBe(generatedAt);
    await screenshots(page, 'console-dashboard-not-refreshed-fr');
    await page.unroute('**/api/admin/events/*/dashboard');
    await tabTo(page, 'main .notice--error button');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('main').textContent()).not.toContain(fr['common.notRefreshed']);
    expect(await page.locator('[data-figures="registrations"]').textContent()).toBe(figures);
  }, 60_000);
});
