/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { organiserKey } from '../organisers/admin-support';
import { bearer, register } from '../support/registrations';
import { jsonOf } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { accessibilityViolations, newTestPage, screenshots, tabTo } from './support/browser';
import { startBrowserStack, type BrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * The recommendation digest's links (issue 23) and the manage page's edit form, in a real Chromium
 * against the local stack: a link in the email opens the directory's request dialog for that person
 * and a meeting is requested with the keyboard alone; the edit form saves tags, the digest opt-in and
 * scheduling preferences, with the API's field errors next to their fields.
 */
const event = testEvent();
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

let app: BrowserTestApp;
let web: BrowserStack['web'];
let browser: Browser;

const profile = (offerTags: string[], requestTags: string[]) => ({ offer: '', request: '', offerTags, requestTags });
type Registered = Awaited<ReturnType<typeof register>>;
let reader: Registered;
let partner: Registered;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
  const common = { sectors: ['transport-logistics'], clusterId: undefined };
  reader = await register(app, event.id, { ...common, firstName: 'سلمى', lastName: 'الإدريسي', organisation: 'Casa Froid', country: 'MA', language: 'ar', digestOptIn: true, profile: profile(['iot'], ['cold-chain']) });
  partner = await register(app, event.id, { ...common, firstName: 'Lucie', lastName: 'Martin', organisation: 'Froid Lyonnais', country: 'FR', language: 'fr', phone: '+33612345678', profile: profile(['cold-chain'], ['iot']) });
  await app.drainStreams();
}, 120_000);

afterAll(() => browser?.close());

/** The digest's link for `person`, as a path (with its query and token) on the test's web server. */
async function digestLinkFor(personId: string): Promise<string> {
  const sent = await app.request('POST', `/admin/events/${event.id}/recommendation-digests`, { headers: bearer(await organiserKey(event.id)), body: {} });
  expect(await jsonOf(sent)).toMatchObject({ recorded: 1 });
  await app.drainStreams();
  const [mail] = await app.mailTo(reader.body.email as string).then((mails) => mails.filter((candidate) => candidate.body.html?.includes('ask=')));
  const href = [...mail!.body.html!.matchAll(/href="([^"]+)"/g)].map((found) => new URL(found[1]!.replaceAll('&amp;', '&'))).find((url) => url.searchParams.get('ask') === personId)!;
  return href.pathname + href.search + href.hash;
}

describe('the digest link', () => {
  it('opens the directory with the request dialog for that person, and a meeting is requested with the keyboard', async () => {
    const page = await newTestPage(browser);
    await page.goto(web.url + (await digestLinkFor(partner.json.registrationId)));
    const heading = page.locator(`#ask-${partner.json.registrationId}-heading`);
    await poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(`ask-${partner.json.registrationId}-heading`);
    expect(await heading.textContent()).toContain('Lucie Martin');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // The token left the address bar; nobody's phone is on the page.
    expect(page.url()).not.toContain('token=');
    // The link's token opens the directory only: no navigation to the registration pages it cannot open.
    expect(await page.locator('.site-nav a[href*="/registrations/"]').count()).toBe(0);
    expect(await page.locator(`.site-nav a[href$="/events/${event.id}/participants"]`).count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toContain('+33612345678');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshots(page, 'digest-link-ar');

    const inForm = (selector: string) => `form[aria-labelledby="ask-${partner.json.registrationId}-heading"] ${selector}`;
    await tabTo(page, inForm('input[type=checkbox]'));
    await page.keyboard.press('Space');
    await tabTo(page, inForm('button[type=submit]'));
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--success').count()).toBeGreaterThan(0);
    await poll(async () => (await app.mailTo(partner.body.email as string)).filter((mail) => mail.subject.includes('سلمى')).length).toBe(1);
    const meetings = await jsonOf(await app.request('GET', `/registrations/${reader.json.registrationId}/agenda`, { headers: bearer(reader.json.manageToken) }));
    expect(meetings.registrationId).toBe(reader.json.registrationId);
  }, 90_000);
});

describe('the manage page edit form', () => {
  it('saves tags, the digest opt-in and scheduling preferences, with field errors next to their fields', async () => {
    const page = await newTestPage(browser);
    await page.goto(`${web.url}/en/registrations/${partner.json.registrationId}#token=${partner.json.manageToken}`);
    await poll(() => page.locator('#edit').count()).toBe(1);
    // Keyboard only: Tab to each control, Space ticks, Enter presses; selects take the option as a keyboard would.
    await tabTo(page, '#profile-offerTags-fleet-management');
    await page.keyboard.press('Space');
    await tabTo(page, '#digestOptIn');
    await page.keyboard.press('Space');
    const [first, second] = event.meetings.slots;
    await tabTo(page, '#schedulingPreferences-earliest');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#schedulingPreferences-add');
    await page.keyboard.press('Enter');
    // A block that ends before it starts: the API names the field, shown next to it.
    await page.locator('#schedulingPreferences-keepFree-0-fromSlotId').selectOption(second!.id);
    await page.locator('#schedulingPreferences-keepFree-0-toSlotId').selectOption(first!.id);
    await tabTo(page, '#edit ~ form button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#schedulingPreferences-keepFree-0-toSlotId').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#error-summary').textContent()).toContain('Time to keep free 1');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#schedulingPreferences-keepFree-0-toSlotId').selectOption(second!.id);
    await page.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.locator('.notice--success').count()).toBeGreaterThan(0);

    const saved = await jsonOf(await app.request('GET', `/registrations/${partner.json.registrationId}`, { headers: bearer(partner.json.manageToken) }));
    expect(saved.profile.offerTags.sort()).toEqual(['cold-chain', 'fleet-management']);
    expect(saved.profile.requestTags).toEqual(['iot']);
    expect(saved.digestOptIn).toBe(true);
    expect(saved.schedulingPreferences).toMatchObject({ keepFree: [{ fromSlotId: second!.id, toSlotId: second!.id }], earliest: expect.stringMatching(/^\d\d:\d\d$/) });
  }, 90_000);

  it('has no WCAG 2.2 AA violation in fr, en and ar, and is photographed at 360 and 1280 px', async () => {
    const page = await newTestPage(browser);
    const failures: string[] = [];
    for (const language of ['fr', 'en', 'ar'] as const) {
      await page.goto(`${web.url}/${language}/registrations/${partner.json.registrationId}#token=${partner.json.manageToken}`);
      await poll(() => page.locator('#schedulingPreferences').count()).toBe(1);
      failures.push(...(await accessibilityViolations(page)).map((violation) => `${language}: ${violation}`));
      await screenshots(page, `manage-edit-${language}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('corrects one\'s name and organisation with the keyboard (fr), shows them saved, and names a refused field next to it (ar)', async () => {
    const person = await register(app, event.id, { sectors: ['transport-logistics'], clusterId: undefined, firstName: 'Mohammed', lastName: 'Zaydi', organisation: 'Atlas Ancienne', country: 'MA', language: 'fr' });
    const page = await newTestPage(browser);
    await page.goto(`${web.url}/fr/registrations/${person.json.registrationId}#token=${person.json.manageToken}`);
    await poll(() => page.locator('#edit').count()).toBe(1);
    const retype = async (selector: string, text: string) => {
      await tabTo(page, selector);
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
    };
    await retype('#firstName', 'Mohamed');
    await retype('#organisation', 'Atlas Nouvelle');
    await tabTo(page, '#edit ~ form button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--success').count()).toBeGreaterThan(0);
    // The page's own facts show the saved values (read again from the API), not only the form's.
    await poll(() => page.locator('dl.facts').first().textContent()).toContain('Mohamed Zaydi');
    expect(await page.locator('dl.facts').first().textContent()).toContain('Atlas Nouvelle');
    const saved = await jsonOf(await app.request('GET', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken) }));
    expect(saved).toMatchObject({ firstName: 'Mohamed', lastName: 'Zaydi', organisation: 'Atlas Nouvelle', email: person.body.email });
    await screenshots(page, 'manage-details-fr');

    await page.goto(`${web.url}/ar/registrations/${person.json.registrationId}#token=${person.json.manageToken}`);
    await poll(() => page.locator('#edit').count()).toBe(1);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await retype('#lastName', ' ');
    await tabTo(page, '#edit ~ form button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#lastName').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#lastName-error').textContent()).not.toContain('must');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshots(page, 'manage-details-refused-ar');
    expect((await jsonOf(await app.request('GET', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken) }))).lastName).toBe('Zaydi');
  }, 120_000);
});
