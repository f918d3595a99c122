/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { organiserKey } from '../organisers/admin-support';
import { bearer, register } from '../support/registrations';
import { jsonOf } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { ar } from '../../web/src/i18n/messages/ar';
import { en } from '../../web/src/i18n/messages/en';
import { accessibilityViolations, newTestPage, screenshots, tabTo } from './support/browser';
import { startBrowserStack, type BrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * "Recommended for you" in the directory (issue 23), in a real Chromium against the local stack:
 * the reader sees who to meet and why, and asks one of them for a meeting with the keyboard alone.
 */
const event = testEvent();
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

let app: BrowserTestApp;
let web: BrowserStack['web'];
let browser: Browser;
let page: Page;

/** A profile text as long as the API takes (1,000 characters), in Arabic: the card shows an excerpt, right to left. */
const longOffer = 'سلسلة تبريد متصلة لنقل الأدوية والمواد الغذائية بين الدار البيضاء وأوروبا. '.repeat(20).slice(0, 1000).trim();
const profile = (offerTags: string[], requestTags: string[]) => ({ offer: '', request: '', offerTags, requestTags });
type Registered = Awaited<ReturnType<typeof register>>;
let reader: Registered['json'];
let partner: Registered;
let other: Registered['json'];

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
  const common = { sectors: ['transport-logistics'], language: 'en', clusterId: undefined };
  reader = (await register(app, event.id, { ...common, firstName: 'Salma', lastName: 'Idrissi', organisation: 'Casa Froid', country: 'MA', profile: profile(['iot'], ['cold-chain']) })).json;
  partner = await register(app, event.id, { ...common, firstName: 'Lucie', lastName: 'Martin', organisation: 'Froid Lyonnais', country: 'FR', phone: '+33612345678', profile: profile(['cold-chain'], ['iot']) });
  other = (await register(app, event.id, { ...common, firstName: 'Karl', lastName: 'Weber', organisation: 'Kühlkette GmbH', country: 'DE', profile: { ...profile(['cold-chain'], ['iot']), offer: longOffer } })).json;
  await register(app, event.id, { ...common, firstName: 'Hidden', lastName: 'Person', organisation: 'Invisible SA', country: 'ES', directoryOptIn: false, profile: profile(['cold-chain'], ['iot']) });
  await app.drainStreams();
  page = await newTestPage(browser);
}, 120_000);

afterAll(() => browser?.close());

const recommendedSection = () => page.locator('section[aria-labelledby=recommended-heading]');

describe('recommendations in the directory', () => {
  it('shows who to meet with the reasons, and a meeting is requested from one with the keyboard', async () => {
    await page.goto(`${web.url}/en/registrations/${reader.registrationId}#token=${reader.manageToken}`);
    await page.getByRole('link', { name: 'Find participants' }).click();
    await poll(async () => (await recommendedSection().locator('.card__title').allTextContents()).sort()).toEqual(['Karl Weber', 'Lucie Martin']);
    const lucie = recommendedSection().locator('li', { has: page.locator(`#person-${partner.json.registrationId}`) });
    // A profile of picks alone (no free text): the card names the sectors and the topics picked, in the reader's
    // language (it showed the name, the organisation and the country, nothing of what Lucie offers or seeks).
    const tagLabel = (id: string) => event.matchmaking!.tags.find((tag) => tag.id === id)!.labels.en;
    const lucieCard = await lucie.locator('article').textContent();
    expect(lucieCard).toContain(`Topics offered: ${tagLabel('cold-chain')}`);
    expect(lucieCard).toContain(`Topics sought: ${tagLabel('iot')}`);
    expect(lucieCard).toContain(event.sectors.find((sector) => sector.id === 'transport-logistics')!.labels.en);
    expect(await lucie.locator('.reasons li').allTextContents()).toEqual(
      expect.arrayContaining(['Offers Cold chain, which you look for', 'Looks for Internet of things, which you offer', 'A Europe–MENA pair, the purpose of the event']),
    );
    // Not twice on the page, and never someone outside the directory or a phone number.
    expect(await page.locator('.card__title', { hasText: 'Lucie Martin' }).count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toMatch(/Hidden|\+33612345678/);

    // A 1,000-character profile text shows as an excerpt cut at a word, "Read more" showing it in full and back.
    const karl = recommendedSection().locator('article', { has: page.locator(`#person-${other.registrationId}`) });
    const offer = karl.locator(`#profile-${other.registrationId}-offer`);
    const excerpt = (await offer.textContent())!;
    expect(excerpt).toMatch(/\S…$/);
    expect(excerpt.length).toBeLessThanOrEqual(161);
    expect(longOffer.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(longOffer[excerpt.length - 1]).toBe(' ');
    const toggle = karl.getByRole('button', { name: 'Read more' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await tabTo(page, `#card-${other.registrationId} .link-button[aria-expanded]`);
    await page.keyboard.press('Enter');
    await poll(() => offer.textContent()).toBe(longOffer);
    expect(await karl.locator('.link-button[aria-expanded]').textContent()).toBe('Read less');
    expect(await karl.locator('.link-button[aria-expanded]').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await poll(() => offer.textContent()).toBe(excerpt);

    const inLucie = (selector: string) => `li:has(#person-${partner.json.registrationId}) ${selector}`;
    const askButton = `ask-button-${partner.json.registrationId}`;
    const focusedId = () => page.evaluate(() => document.activeElement?.id);
    await tabTo(page, inLucie('article button'));
    // The button says whether its form is open, and which region that is (it said neither); pressed again, it closes it.
    const expanded = () => page.getAttribute(`#${askButton}`, 'aria-expanded');
    expect(await expanded()).toBe('false');
    await page.keyboard.press('Enter');
    await poll(() => lucie.locator('form').count()).toBe(1);
    expect(await expanded()).toBe('true');
    const controlled = (await page.getAttribute(`#${askButton}`, 'aria-controls'))!;
    expect(await page.locator(`#${controlled} form`).count()).toBe(1);
    await page.keyboard.press('Enter');
    await poll(() => lucie.locator('form').count()).toBe(0);
    expect(await expanded()).toBe('false');
    expect(await focusedId()).toBe(askButton);
    await page.keyboard.press('Enter');
    // The form closes with Escape and with Cancel, focus back on the button that opened it (it ignored both).
    await tabTo(page, inLucie('input[type=checkbox]'));
    await page.keyboard.press('Escape');
    await poll(() => lucie.locator('form').count()).toBe(0);
    await poll(focusedId).toBe(askButton);
    expect(await expanded()).toBe('false');
    await page.keyboard.press('Enter');
    await tabTo(page, inLucie('form button[type=button]'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Enter');
    await poll(() => lucie.locator('form').count()).toBe(0);
    await poll(focusedId).toBe(askButton);
    await page.keyboard.press('Enter');
    await tabTo(page, inLucie('input[type=checkbox]'));
    await page.keyboard.press('Space');
    await tabTo(page, inLucie('textarea'));
    await page.keyboard.type('Cold chain for IoT sensors?');
    await tabTo(page, inLucie('form button[type=submit]'));
    await page.keyboard.press('Enter');
    await poll(() => lucie.locator('.notice--success').textContent()).toContain('Request sent');
    // The form and its Send button are gone: focus is on the notice saying so (it fell to <body>).
    await poll(() => page.evaluate(() => document.activeElement?.classList.contains('notice--success'))).toBe(true);
    await poll(async () => (await app.mailTo(partner.body.email as string)).length).toBeGreaterThan(0);
    // The card says a request waits, with a link to follow it, instead of offering another (the API refuses it: 409).
    expect(await page.locator(`#${askButton}`).count()).toBe(0);
    expect(await lucie.locator('article').textContent()).toContain(en['directory.requestWaiting']);
    expect(await lucie.locator('article a').getAttribute('href')).toContain(`/registrations/${reader.registrationId}/meetings`);

    // Made from a recommendation, and counted as such in the organiser summary.
    const key = await organiserKey(event.id);
    const summary = await jsonOf(await app.request('GET', `/admin/events/${event.id}/summary`, { headers: bearer(key) }));
    expect(summary.figures.meetings.fromRecommendations).toBe(1);
    // The pair has a pending request now: Lucie is no longer recommended, Karl still is.
    const after = await jsonOf(await app.request('GET', `/registrations/${reader.registrationId}/recommendations`, { headers: bearer(reader.manageToken) }));
    expect(after.recommendations.map((entry: { participant: { registrationId: string } }) => entry.participant.registrationId)).toEqual([other.registrationId]);
  }, 60_000);

  it('has no WCAG 2.2 AA violation in fr, en and ar, and is photographed at 360 and 1280 px', async () => {
    const failures: string[] = [];
    for (const language of ['fr', 'en', 'ar'] as const) {
      await page.goto(`${web.url}/${language}/events/${event.id}/participants`);
      await page.waitForSelector('main h1');
      await poll(() => recommendedSection().locator('.reasons li').count()).toBeGreaterThan(0);
      expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      // Read from the reader's requests on a fresh load: the request sent above still waits for Lucie's answer.
      if (language === 'en') await poll(() => page.locator(`#card-${partner.json.registrationId}`).textContent()).toContain(en['directory.requestWaiting']);
      if (language === 'ar') {
        // The long profile in full and a request form open (Cancel beside Send), right to left, checked and photographed too.
        const karl = recommendedSection().locator(`#card-${other.registrationId}`);
        await karl.getByRole('button', { name: ar['directory.readMore'] }).click();
        await poll(() => karl.locator('.link-button[aria-expanded]').textContent()).toBe(ar['directory.readLess']);
        await karl.getByRole('button', { name: ar['directory.ask'] }).click();
        await poll(() => recommendedSection().locator('form.ask button[type=button]').textContent()).toBe(ar['common.cancel']);
      }
      failures.push(...(await accessibilityViolations(page)).map((violation) => `${language}: ${violation}`));
      await screenshots(page, `recommendations-${language}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
