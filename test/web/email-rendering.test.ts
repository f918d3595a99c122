/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { askMeeting, registerPeople, type Person } from '../support/meetings';
import type { StoredEmail } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { screenshots } from './support/browser';
import { startBrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * Real emails, as the local SES stored them, rendered in Chromium: the bidi slips of issue 20 are
 * checked on screen, by where each character is drawn, not by the markup (the markup was "right"
 * and still showed "(ics.)"). Screenshots of each email at 360 and 1280 px go to .screenshots/.
 */
const event = testEvent();
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

let app: BrowserTestApp;
let browser: Browser;
let page: Page;
let amina: Person;
let john: Person;
let karim: Person;

beforeAll(async () => {
  ({ app, browser } = await startBrowserStack([event]));
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  amina = (await registerPeople(app, event.id, 1, { firstName: 'أمينة', lastName: 'بنعلي', organisation: 'Maroc Numeric Cluster', language: 'ar' }))[0]!;
  john = (await registerPeople(app, event.id, 1, { firstName: 'John', lastName: 'Smith', organisation: 'Acme Robotics', country: 'GB', language: 'en' }))[0]!;
  karim = (await registerPeople(app, event.id, 1, { firstName: 'Karim', lastName: 'Alaoui', organisation: 'Cluster Solaire', country: 'FR', language: 'fr' }))[0]!;
  expect((await askMeeting(app, event.id, amina, john, [event.meetings.slots[0]!.id])).status).toBe(201);
});
afterAll(() => browser?.close());

/** The first stored email to `address` whose subject matches, once the mailer has sent it. */
async function storedEmail(address: string, subject: RegExp): Promise<StoredEmail> {
  let found: StoredEmail | undefined;
  await poll(async () => {
    found = (await app.mailTo(address)).find((mail) => subject.test(mail.subject));
    return found !== undefined;
  }).toBe(true);
  return found!;
}

/** Shows an email's HTML part in the page, photographed at 360 and 1280 px; nothing sticks out at 360 px. */
async function show(mail: StoredEmail, name: string): Promise<void> {
  await page.setContent(mail.body.html ?? '', { waitUntil: 'load' });
  await screenshots(page, `email-${name}`);
  await page.setViewportSize({ width: 360, height: 800 });
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll('p, div, td')].filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(overflowing, name).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * The horizontal centre, on screen, of each character of the first text node containing `needle`
 * (bidi controls in the node are skipped by the caller's needle, not by the layout).
 */
function characterCentres(target: Page, needle: string): Promise<number[] | null> {
  return target.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0 || node.parentElement?.checkVisibility() !== true) continue; // not the hidden preheader
      return Array.from(wanted, (_, offset) => {
        const range = document.createRange();
        range.setStart(node!, at + offset);
        range.setEnd(node!, at + offset + 1);
        const box = range.getBoundingClientRect();
        return box.left + box.width / 2;
      });
    }
    return null;
  }, needle);
}

const increasing = (values: readonly number[] | null) => values !== null && values.every((value, index) => index === 0 || value > values[index - 1]!);

describe('emails rendered in the browser', () => {
  it('Arabic: "(.ics)" reads ".ics" left to right, and the event name starts with its "#"', async () => {
    const mail = await storedEmail(amina.email, /تأكيد التسجيل/);
    await show(mail, 'registration-confirmed-ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(increasing(await characterCentres(page, '.ics'))).toBe(true);
    // "#TechDays THE NEXT SOCIETY المغرب": the "#" before (left of) "TechDays", not after "NEXT".
    expect(increasing(await characterCentres(page, '#T'))).toBe(true);
    // …and the brand reads first from the right: "المغرب" is drawn to the left of it.
    const brand = await page.locator('td bdi[dir=ltr]', { hasText: '#TechDays' }).first().boundingBox();
    const country = await characterCentres(page, 'المغرب');
    expect(Math.max(...country!)).toBeLessThan(brand!.x);
  });

  it('English: an Arabic name stays in front of its organisation', async () => {
    const mail = await storedEmail(john.email, /Meeting request from/);
    await show(mail, 'meeting-requested-en');
    const status = page.locator('p', { hasText: 'would like to meet you' });
    const name = await status.locator('bdi:not(:has(bdi))', { hasText: 'أمينة بنعلي' }).boundingBox();
    const organisation = await status.locator('bdi:not(:has(bdi))', { hasText: 'Maroc Numeric Cluster' }).boundingBox();
    expect(name!.x + name!.width).toBeLessThanOrEqual(organisation!.x);
    expect(mail.body.text).toContain('أمينة بنعلي (Maroc Numeric Cluster) would like to meet you');
  });

  it('French and English confirmations read left to right, the event name unbroken', async () => {
    for (const [person, subject, language] of [
      [karim, /Inscription confirmée/, 'fr'],
      [john, /Registration confirmed/, 'en'],
    ] as const) {
      await show(await storedEmail(person.email, subject), `registration-confirmed-${language}`);
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');
      expect(increasing(await characterCentres(page, '#TechDays'))).toBe(true);
      expect(increasing(await characterCentres(page, '(.ics)'))).toBe(true);
    }
  });
});
