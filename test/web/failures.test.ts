/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { decisionTokenFor } from '../../shared/security/decision-token';
import { directoryTokenFor } from '../../shared/security/directory-token';
import { pressStatusTokenFor } from '../../shared/security/press-status-token';
import { ar } from '../../web/src/i18n/messages/ar';
import { en } from '../../web/src/i18n/messages/en';
import { fr } from '../../web/src/i18n/messages/fr';
import { register } from '../support/registrations';
import { jsonOf } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { accessibilityViolations, newTestPage, screenshots } from './support/browser';
import { startBrowserStack, type BrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * Issue 20 in a real Chromium against the local stack: a refused emailed link (expired, tampered)
 * says what happened and what to do in the page's language, never the API's English detail; and
 * the directory shows only the latest search's answer when the first list arrives after it.
 */
const pressContact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: 'zineb.failures@startupmaroc.example', language: 'fr' as const };
const event = testEvent({ pressContacts: [pressContact] });
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
const aSecondAgo = () => new Date(Date.now() - 1_000).toISOString();
/** The token with one signature character changed: what a reader gets from a link mangled by a mail client. */
const tampered = (token: string) => token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);

let app: BrowserTestApp;
let web: BrowserStack['web'];
let browser: Browser;
let page: Page;
let accreditationId: string;
const profile = (offerTags: string[], requestTags: string[]) => ({ offer: '', request: '', offerTags, requestTags });
type Registered = Awaited<ReturnType<typeof register>>['json'];
let reader: Registered;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
  const common = { sectors: ['transport-logistics'], language: 'en', clusterId: undefined };
  reader = (await register(app, event.id, { ...common, firstName: 'Salma', lastName: 'Idrissi', organisation: 'Casa Froid', country: 'MA', profile: profile(['iot'], ['cold-chain']) })).json;
  await register(app, event.id, { ...common, firstName: 'Lucie', lastName: 'Martin', organisation: 'Froid Lyonnais', country: 'FR', profile: profile(['cold-chain'], ['iot']) });
  await register(app, event.id, { ...common, firstName: 'Karl', lastName: 'Weber', organisation: 'Kühlkette GmbH', country: 'DE', profile: profile(['cold-chain'], ['iot']) });
  const press = await app.request('POST', `/events/${event.id}/press-accreditations`, {
    body: { firstName: 'Jane', lastName: 'Doe', email: 'jane.failures@lematin.example', mediaOutlet: 'Le Matin', mediaType: 'print', country: 'MA', coveragePlan: 'Interviews.', days: [event.startDate], language: 'fr', consent: true },
  });
  accreditationId = (await jsonOf(press)).accreditationId;
  await app.drainStreams();
  page = await newTestPage(browser);
}, 120_000);

afterAll(() => browser?.close());

type Catalogue = Record<string, string>;
const catalogues = { fr, ar } as unknown as Record<'fr' | 'ar', Catalogue>;

/** Each emailed link, refused, with what the page must say: what happened (`link.*`) and what to do (`link.todo.*`). */
const refusedLinks: { name: string; happened: string; todo: string; english: RegExp; path: () => Promise<string> }[] = [
  {
    name: 'press-status-expired',
    happened: 'link.expired',
    todo: 'link.todo.pressStatus',
    english: /status link has expired/,
    path: async () => `/press-accreditations/${accreditationId}#token=${encodeURIComponent(await pressStatusTokenFor({ accreditationId, expiresAt: aSecondAgo() }))}`,
  },
  {
    name: 'press-status-tampered',
    happened: 'link.invalid',
    todo: 'link.todo.pressStatus',
    english: /not valid/,
    path: async () => `/press-accreditations/${accreditationId}#token=${encodeURIComponent(tampered(await pressStatusTokenFor({ accreditationId, expiresAt: inAnHour() })))}`,
  },
  {
    name: 'decision-expired',
    happened: 'link.expired',
    todo: 'link.todo.decision',
    english: /decision link has expired/,
    path: async () => `/press-accreditations/${accreditationId}/decision#token=${encodeURIComponent(await decisionTokenFor({ accreditationId, contactEmail: pressContact.email, expiresAt: aSecondAgo() }))}`,
  },
  {
    name: 'manage-tampered',
    happened: 'link.invalid',
    todo: 'link.todo.manage',
    english: /does not give access/,
    path: async () => `/registrations/${reader.registrationId}#token=${encodeURIComponent(tampered(reader.manageToken))}`,
  },
  {
    name: 'answer-tampered',
    happened: 'link.invalid',
    todo: 'link.todo.answer',
    english: /answer link is not valid/,
    path: async () => `/meeting-requests/01J0000000000000000000000A/answer#token=not-a-real-answer-token`,
  },
  {
    name: 'digest-expired',
    happened: 'link.expired',
    todo: 'link.todo.directory',
    english: /link has expired/,
    path: async () =>
      `/events/${event.id}/participants?as=${reader.registrationId}#token=${encodeURIComponent(await directoryTokenFor({ registrationId: reader.registrationId, tokenVersion: 0, expiresAt: aSecondAgo() }))}`,
  },
];

describe('a refused emailed link, in the reader’s language', () => {
  for (const link of refusedLinks) {
    for (const language of ['ar', 'fr'] as const) {
      it(`${link.name} (${language}): says what happened and what to do, no English, axe clean`, async () => {
        await page.goto(`${web.url}/${language}${await link.path()}`);
        const notice = page.locator('main .notice--error');
        await poll(() => notice.textContent()).toContain(catalogues[language][link.happened]!);
        const text = (await notice.textContent()) ?? '';
        expect(text).toContain(catalogues[language][link.todo]!);
        expect(text).not.toMatch(link.english);
        expect(await page.locator('main').textContent()).not.toContain(en[link.happened as keyof typeof en]);
        expect(await page.getAttribute('html', 'lang')).toBe(language);
        expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        await poll(() => page.getAttribute('html', 'data-ready')).not.toBeNull();
        // Only what the reader can do: no link to a page the refused token would open (the French expired digest page kept "Participants").
        expect(await page.locator('.site-nav a[href*="/registrations/"], .site-nav a[href$="/participants"]').count()).toBe(0);
        expect(await accessibilityViolations(page)).toEqual([]);
        if (link.name.endsWith('expired') || link.name === 'manage-tampered') await screenshots(page, `failure-${link.name}-${language}`);
      });
    }
  }
});

describe('field errors in the reader’s language', () => {
  it('shows the API’s errors[] of an empty Arabic press form as Arabic messages next to their fields, no English rule', async () => {
    await page.goto(`${web.url}/ar/events/${event.id}/press`);
    await page.getByRole('button', { name: ar['press.submit'] }).click();
    await poll(() => page.locator('#email-error').textContent()).toBe(ar['field.email']);
    expect(await page.locator('#firstName-error').textContent()).toBe(ar['field.required']);
    expect(await page.locator('#consent-error').textContent()).toBe(ar['field.consent']);
    // The checkbox itself names its error, as every other invalid field does (a screen reader on it hears why).
    expect((await page.getAttribute('#consent', 'aria-describedby'))?.split(' ')).toContain('consent-error');
    expect(await page.locator('#error-summary').textContent()).not.toMatch(/must|Invalid/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshots(page, 'failure-press-fields-ar');
  });

  it('shows the consent error of an empty Arabic registration form in Arabic, no English rule', async () => {
    await page.goto(`${web.url}/ar/events/${event.id}/register`);
    await page.getByRole('button', { name: ar['register.submit'] }).click();
    await poll(() => page.locator('#consent-error').textContent()).toBe(ar['field.consent']);
    expect(await page.locator('#firstName-error').textContent()).toBe(ar['field.required']);
    expect(await page.locator('main').textContent()).not.toMatch(/must|Invalid/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('the directory’s stale answer', () => {
  it('keeps the search typed meanwhile when the first, unfiltered list arrives after it; no card twice', async () => {
    const lists = `**/api/events/${event.id}/participants**`;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    // Only the first, unfiltered list is held back (fetched now, delivered once released); searches pass.
    await page.route(lists, async (route) => {
      if (new URL(route.request().url()).searchParams.has('q')) return route.continue();
      held += 1;
      const response = await route.fetch();
      await released;
      await route.fulfill({ response });
    });
    await page.goto(`${web.url}/en/registrations/${reader.registrationId}#token=${encodeURIComponent(reader.manageToken)}`);
    await page.getByRole('link', { name: en['nav.directory'], exact: true }).click();
    // The search reads organisations and profiles (shared/registrations/registration-record.ts, searchText).
    await page.fill('#q', 'Lyonnais');
    await page.getByRole('button', { name: en['directory.apply'] }).click();
    await poll(() => page.locator('.card__title').allTextContents()).toEqual(['Lucie Martin']);
    expect(held).toBe(1);

    const lateList = page.waitForResponse((response) => response.url().includes('/participants') && !new URL(response.url()).searchParams.has('q'));
    release();
    await lateList;
    // The late answer's JSON is read and, without the fix, rendered within a few frames; give it ample time.
    await page.waitForTimeout(750);
    expect(await page.locator('.card__title').allTextContents()).toEqual(['Lucie Martin']);
    expect(await page.locator('#recommended-heading').count()).toBe(0);
    await page.unroute(lists);
  });
});
