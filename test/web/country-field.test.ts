/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { benchPages } from '../../bench/web-fixtures';
import { startFixtureApi } from '../../bench/web-pages';
import { freePort } from '../../local/ports';
import { startWebServer } from '../../local/web-server';
import { buildWebApp, launchChromium } from './support/browser';

/**
 * The country <select> fills its ~250 options when the page is first idle, or when it is focused or
 * pressed (web/src/components/country-field.tsx): whoever reaches it right after the ready marker, on
 * a slow phone (4× CPU slowdown), finds every country. The API's answers are part 9's fixtures, so no
 * stack is needed.
 */
const registerPath = benchPages.find((page) => page.name === 'registration')!.path;
const countryCount = 249;

let browser: Browser;
let api: Awaited<ReturnType<typeof startFixtureApi>>;
let web: Awaited<ReturnType<typeof startWebServer>>;

beforeAll(async () => {
  const [dist, launched, fixtures] = await Promise.all([buildWebApp(), launchChromium(), startFixtureApi()]);
  browser = launched;
  api = fixtures;
  web = await startWebServer({ port: await freePort(), apiUrl: api.url, distDirectory: dist });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
});

/** The registration page on a slow phone, just after its ready marker. */
async function openSlowly(path = registerPath): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${web.url}${path}`);
  await page.waitForSelector('html[data-ready]');
  return page;
}

const country = (page: Page) =>
  page.evaluate(() => {
    const select = document.getElementById('country') as HTMLSelectElement;
    return { options: select.options.length - 1, value: select.value, first: select.options[1]?.text };
  });

describe('the country select', () => {
  it('is filled before a key typed in it right after the marker is read: Tab, then "Maroc"', async () => {
    const page = await openSlowly();
    await page.focus('#jobTitle');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Maroc');
    expect(await country(page)).toEqual({ options: countryCount, value: 'MA', first: 'Afghanistan' });
    await page.context().close();
  });

  it('is filled when pressed, and fills by itself once the page is idle', async () => {
    const pressed = await openSlowly();
    await pressed.click('#country');
    expect((await country(pressed)).options).toBe(countryCount);
    await pressed.context().close();
    const idle = await openSlowly();
    await expect.poll(async () => (await country(idle)).options, { timeout: 10_000 }).toBe(countryCount);
    await idle.context().close();
  });

  it('keeps its choice while the form re-renders, and speaks the new language after a switch', async () => {
    const page = await openSlowly();
    await page.selectOption('#country', 'TN');
    await page.fill('#firstName', 'Amal');
    expect((await country(page)).value).toBe('TN');
    await page.click('a[hreflang=ar]');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    await expect.poll(async () => (await country(page)).first, { timeout: 10_000 }).toBe('آيسلندا');
    expect((await country(page)).options).toBe(countryCount);
    await page.context().close();
  });
});
