/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decisionTokenFor } from '../../shared/security/decision-token';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';
import { organiserKey } from '../organisers/admin-support';
import { requestAccreditation } from '../support/press';
import { registerPeople } from '../support/meetings';
import { register } from '../support/registrations';
import { testEvent } from '../support/test-event';
import { ar } from '../../web/src/i18n/messages/ar';
import { en } from '../../web/src/i18n/messages/en';
import { tabTo } from './support/browser';
import { startBrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * Found by the outside checker walking the app with the keyboard only: a followed in-app link and the
 * console's sign-in left focus on the body (the link or form that had it went away with the page), so
 * the next Tab started from the skip link; the console's email list made the whole page scroll sideways
 * at 360 px (its cells' visually hidden labels escaped the table's scroll box).
 */
const pressContact = { name: 'Press Office', organisation: 'TechDays', email: 'press.office@techdays.example', language: 'en' as const };
const event = testEvent({ capacity: 100, pressContacts: [pressContact] });
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 100 });
let app: BrowserTestApp;
let web: { url: string };
let browser: Browser;
let key: string;
/** The address of the file's one registration: registering it again is refused without naming a field. */
let registeredEmail: string;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
  key = await organiserKey(event.id);
  registeredEmail = (await register(app, event.id, { language: 'ar' })).body.email as string;
}, 120_000);
afterAll(() => browser?.close());

async function newPage(width: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 800 } })).newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.textContent?.trim() ?? ''}`);

describe('keyboard focus across pages', () => {
  it('a followed link of the navigation gives focus to the new page’s h1', async () => {
    const page = await newPage(1280);
    await page.goto(`${web.url}/en/events/${event.id}`);
    await page.waitForSelector('h1');
    await tabTo(page, `a[href="/en/events/${event.id}/press"]`);
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('h1:Press accreditation');
    // The language switcher too: the page in Arabic starts at its h1.
    await tabTo(page, `a[href="/ar/events/${event.id}/press"]`);
    await page.keyboard.press('Enter');
    await poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    await poll(() => focused(page)).toMatch(/^h1:/);
  }, 60_000);

  it('signing in to the console with the keyboard gives focus to the dashboard’s h1', async () => {
    const page = await newPage(1280);
    await page.goto(`${web.url}/en/events/${event.id}/console`);
    await tabTo(page, '#organiser-key');
    await page.keyboard.type(key);
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('h1:Dashboard');
  }, 60_000);
});

describe('links to a place on the page', () => {
  // Found walking the registration form with the keyboard: the router took `#main` and `#lastName` for
  // navigations (a history entry each, focus left on the link), so the skip link skipped nothing and an
  // error summary's link never reached its field.
  it('the skip link and the error summary’s links move focus there, with no history entry (fr, 360 px)', async () => {
    const page = await newPage(360);
    await page.goto(`${web.url}/fr/events/${event.id}/register`);
    await page.waitForSelector('html[data-ready]');
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('firstName');
    await page.locator('form button[type=submit]').focus();
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
    await tabTo(page, '#error-summary a[href="#lastName"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lastName');
    // A group (a fieldset of checkboxes) is reached at its first box, its legend in view.
    await tabTo(page, '#error-summary a[href="#sectors"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe('sectors');
    const legendTop = await page.evaluate(() => document.querySelector('#sectors legend')!.getBoundingClientRect().top);
    expect(legendTop).toBeGreaterThanOrEqual(0);
    expect(legendTop).toBeLessThan(800);
    expect(await page.evaluate(() => [history.length, location.hash])).toEqual([entries, '']);
  }, 60_000);
});

describe('the language switcher on a form', () => {
  // Found switching a half-filled registration form from French to Arabic: the page was unmounted while the
  // Arabic strings loaded (a Loading in its place) and came back empty.
  it('keeps what was typed and ticked, and the page in Arabic starts at its h1 (register fr → ar, press fr → en)', async () => {
    const page = await newPage(360);
    await page.goto(`${web.url}/fr/events/${event.id}/register`);
    await page.waitForSelector('html[data-ready]');
    await page.fill('#firstName', 'Nadia');
    await page.fill('#email', 'nadia@example.org');
    await page.check('#sectors-ict');
    await tabTo(page, `a[href="/ar/events/${event.id}/register"]`);
    await page.keyboard.press('Enter');
    await poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    await poll(() => focused(page)).toMatch(/^h1:/);
    expect([await page.inputValue('#firstName'), await page.inputValue('#email'), await page.isChecked('#sectors-ict')]).toEqual(['Nadia', 'nadia@example.org', true]);
    await page.goto(`${web.url}/fr/events/${event.id}/press`);
    await page.waitForSelector('html[data-ready]');
    await page.fill('#coveragePlan', 'Deux articles');
    await page.click(`a[href="/en/events/${event.id}/press"]`);
    await poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.inputValue('#coveragePlan')).toBe('Deux articles');
  }, 60_000);

  // Found switching after a refusal: the field errors followed the language, the form's refusal above them (one that
  // names no field: already registered, closed, busy) stayed French, worded once when the answer came.
  it('words a refusal naming no field in the new language (register fr → en, already registered)', async () => {
    const page = await newPage(1280);
    await page.goto(`${web.url}/fr/events/${event.id}/register`);
    await page.waitForSelector('html[data-ready]');
    await page.fill('#firstName', 'Nadia');
    await page.fill('#lastName', 'Alaoui');
    await page.fill('#email', registeredEmail);
    await page.fill('#organisation', 'Cluster Solaire');
    await page.selectOption('#country', 'MA');
    await page.check('#sectors-ict');
    await page.check('#consent');
    await page.click('form button[type=submit]');
    await poll(() => page.locator('#form-failure').count()).toBe(1);
    await page.click(`a[href="/en/events/${event.id}/register"]`);
    await poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await poll(() => page.locator('#form-failure p').first().textContent()).toBe(en['problem.duplicate-registration']);
  }, 60_000);

  // The console's registration detail kept what its cancellation did as a sentence: French after a switch to English.
  it("words the console's cancellation outcome in the new language (fr → en)", async () => {
    const person = (await register(app, event.id, { firstName: 'Yasmine', lastName: 'Tazi', language: 'fr' })).json;
    const page = await newPage(1280);
    await page.goto(`${web.url}/fr/events/${event.id}/console`);
    await page.fill('#organiser-key', key);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.site-nav a');
    await page.evaluate((path) => {
      history.pushState(null, '', path);
      window.dispatchEvent(new Event('rendezvous:navigate'));
    }, `/fr/events/${event.id}/console/registrations/${person.registrationId}`);
    await page.click('section[aria-labelledby=cancel-heading] button');
    await page.click('#cancel-confirm');
    await poll(() => page.locator('.notice--success').count()).toBe(1);
    await page.click(`a[href="/en/events/${event.id}/console/registrations/${person.registrationId}"]`);
    await poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await poll(() => page.locator('.notice--success').textContent()).toBe(en['console.registration.cancelled'].replace('{name}', 'Yasmine Tazi'));
  }, 60_000);
});

describe('the directory\'s "Show more"', () => {
  // Found paging the directory with the keyboard: the last page's button went away with focus on it (focus on
  // <body>, the next Tab at the skip link), and while pages remained the new cards were above the focused button.
  it('moves focus to the first card it added (26 listed, 25 a page; en, 360 px)', async () => {
    const people = await registerPeople(app, event.id, 26, { language: 'en', lastName: 'Paged' });
    const reader = people[0]!;
    const page = await newPage(360);
    await page.goto(`${web.url}/en/registrations/${reader.registrationId}#token=${reader.manageToken}`);
    await page.waitForSelector('html[data-ready]');
    await page.goto(`${web.url}/en/events/${event.id}/participants`);
    await tabTo(page, 'main > button.button--secondary');
    const before = await page.locator('main article').count();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('main article').count()).toBeGreaterThan(before);
    expect(await page.locator('main > button.button--secondary').count()).toBe(0);
    await poll(() => page.evaluate(() => document.activeElement?.matches('main article') ?? false)).toBe(true);
    // The first card added: none of the cards before it had focus, and Tab goes on to its own button.
    expect(await page.evaluate(() => [...document.querySelectorAll('main article')].indexOf(document.activeElement!))).toBe(before);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('article') !== null)).toBe(true);
  }, 60_000);
});

describe('keyboard focus after the door scanner starts', () => {
  it('the key typed and Enter give focus to the scanner’s h1 (Tab then reaches the camera, the photo, the code)', async () => {
    const page = await newPage(360);
    await page.goto(`${web.url}/en/events/${event.id}/console/scan`);
    await tabTo(page, '#staff-key');
    await page.keyboard.type(key);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#ticket-code');
    await poll(() => focused(page)).toMatch(/^h1:/);
  }, 60_000);
});

describe('keyboard focus after the manage page ends a registration', () => {
  it.each([
    ['Erase my data', 'Yes, erase my data for good', 'Your data is erased.'],
    ['Cancel my registration', 'Yes, cancel my registration', 'Your registration is cancelled.'],
  ])('%s, confirmed with the keyboard, leaves focus on the notice saying so', async (button, confirm, notice) => {
    const person = (await register(app, event.id, { language: 'en' })).json;
    const page = await newPage(360);
    await page.goto(`${web.url}/en/registrations/${person.registrationId}#token=${person.manageToken}`);
    await page.waitForSelector('section[aria-labelledby=end] button');
    await page.getByRole('button', { name: button }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: confirm }).focus();
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe(`div:${notice}`);
  }, 60_000);
});

describe('keyboard focus after a press decision', () => {
  it('Reject from the decision link, with the keyboard, leaves focus on the decision shown', async () => {
    const accreditationId = await requestAccreditation(app, event.id, event.startDate, `jane.${Date.now().toString(36)}@lematin.example`);
    const token = await decisionTokenFor({ accreditationId, contactEmail: pressContact.email, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const page = await newPage(360);
    await page.goto(`${web.url}/en/press-accreditations/${accreditationId}/decision#token=${encodeURIComponent(token)}`);
    await tabTo(page, 'button.button--reject');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toMatch(/^div:Rejected/);
  }, 60_000);
});

describe('the console sign-in with a door-staff key', () => {
  // Found signing in to the console with the door's key: refused as "This key belongs to another event".
  it('says it opens the door scanner only, and the link there leads to the scanner (ar)', async () => {
    const doorKey = (await createOrganiserKey({ eventId: event.id, label: 'entrance', role: 'door-staff' })).key;
    const page = await newPage(360);
    await page.goto(`${web.url}/ar/events/${event.id}/console`);
    await page.fill('#organiser-key', doorKey);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--error p').first().textContent()).toBe(ar['console.signIn.doorStaffKey']);
    await tabTo(page, `a[href="/ar/events/${event.id}/console/scan"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#staff-key');
  }, 60_000);
});

describe('the console at 360 px', () => {
  it('the email list scrolls inside its box; the page does not scroll sideways (ar and en)', async () => {
    const page = await newPage(360);
    await page.goto(`${web.url}/ar/events/${event.id}/console`);
    await page.fill('#organiser-key', key);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.site-nav a');
    for (const language of ['ar', 'en']) {
      await page.evaluate((path) => {
        history.pushState(null, '', path);
        window.dispatchEvent(new Event('rendezvous:navigate'));
      }, `/${language}/events/${event.id}/console/emails`);
      await page.waitForSelector('table.emails tbody tr');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
  }, 60_000);
});
