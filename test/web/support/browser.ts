/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { build } from 'vite';
import { repositoryRoot } from '../../../local/load-handler';
import type { TestApp } from '../../support/test-app';

/** Debian's Chromium (no browser download is possible on CI machines; see docs/web.md). */
const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/** A Chromium of the caller's own, for a file that needs no stack (country-field.test.ts: part 9's fixture API). */
export const launchChromium = (): Promise<Browser> => chromium.launch(chromiumOptions);

/** Run as a server that the run's browser test files connect to (browser-stack-host.ts). */
export const launchChromiumServer = (): Promise<BrowserServer> => chromium.launchServer(chromiumOptions);

/** A page in a context of its own (its own sessionStorage) at 1280 px; an uncaught error in it fails the test. */
export async function newTestPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}

/** Builds web/ into a fresh temporary folder (a test never depends on a stale web/dist). */
export async function buildWebApp(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'rendezvous-web-'));
  await build({ configFile: join(repositoryRoot, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs `action` once no part of the page skips its layout: until it is first idle, an app page renders a
 * long form's later sections only near the viewport (web/src/components/deferred-layout.ts), which a
 * full-page capture (blank sections) and axe (unrendered boxes) would otherwise meet. Pages that are not
 * the app's (an email's HTML) have no such section and pass at once.
 */
async function withEverythingRendered<T>(page: Page, action: () => Promise<T>): Promise<T> {
  await page.waitForFunction(
    () => ![...document.querySelectorAll('body *')].some((element) => getComputedStyle(element).contentVisibility === 'auto'),
  );
  return action();
}

/**
 * axe-core's WCAG 2.2 AA violations of the page as it is now, one readable line each. Only violations are
 * read, so axe describes every node for those alone (`resultTypes`), and one per rule for the passes instead of
 * each passing node's selector and HTML, sent back to this process (docs/testing.md, "Per file": about 10 %
 * less CPU per run). `options` replaces the builder's options, so it comes before `withTags`.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(wcagTags);
  const { violations } = await withEverythingRendered(page, () => axe.analyze());
  return violations.map((violation) => `${violation.id}: ${violation.help} → ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

const screenshotDir = join(repositoryRoot, '.screenshots');

/** Full-page screenshots at a phone width and a desktop width, into the git-ignored .screenshots/. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await withEverythingRendered(page, () => page.screenshot({ path: join(screenshotDir, `${name}-${width}.png`), fullPage: true }));
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Presses Tab until the element matching `selector` has focus (keyboard-only navigation). The element
 * is first waited for, as a person waits for the page to show it: on a loaded machine a page's data can
 * take longer to come than 150 presses take, and the presses would run out before it is there.
 */
export async function tabTo(page: Page, selector: string, maxPresses = 150): Promise<void> {
  await page.waitForSelector(selector, { state: 'attached', timeout: 20_000 }).catch(() => undefined);
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  // What the page showed instead, so that a failure in a loaded run can be read from the log.
  const shown = await page.evaluate(() => (document.querySelector('main') ?? document.body).textContent?.replace(/\s+/g, ' ').trim().slice(0, 400) ?? '');
  throw new Error(`Tab never reached ${selector} (${page.url()} shows: ${shown})`);
}

/**
 * The page an emailed link opens, on the test's own web server (docs/web.md, "Links in emails"):
 * the link's path, in the reader's language, and its fragment with the token. The test app has no
 * WEB_BASE_URL, so links carry the API's origin; the path is what matters.
 */
export function webPathOf(emailUrl: string, language: string): string {
  const url = new URL(emailUrl);
  if (!url.pathname.startsWith(`/${language}/`) || !url.hash.startsWith('#token=')) throw new Error(`Not a ${language} web page link: ${emailUrl}`);
  return url.pathname + url.hash;
}

/** The link in the newest email to `address` whose URL matches `pattern` (waits for the mailer). */
export async function emailedLink(app: Pick<TestApp, 'mailTo'>, address: string, pattern: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    for (const mail of (await app.mailTo(address)).reverse()) {
      const href = [...(mail.body.html ?? '').matchAll(/href="([^"]+)"/g)].map((found) => found[1]!.replaceAll('&amp;', '&')).find((link) => pattern.test(link));
      if (href) return href;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No email to ${address} with a link matching ${pattern}`);
}
