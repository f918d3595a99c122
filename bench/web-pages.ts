/**
 * Part 9: each page of the web app in Chromium with a 4× CPU slowdown (a mid-range phone):
 * bytes transferred (gzip, as CloudFront sends them) and time to interactive. The API's answers
 * come from bench/web-fixtures.ts (the seeded event, one participant's data), so every page
 * renders what a person sees, without a stack.
 *
 * "Interactive" is the moment the app sets `data-ready` on <html> (web/: after the first render
 * with its form enabled), measured from navigation start. Transferred bytes are each response's
 * gzip size, so that the figure does not depend on whether the local server compresses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../infra/paths';
import { freePort } from '../local/ports';
import { startWebServer } from '../local/web-server';
import { type Cdp, type Tab, launchChromium, navigate, openTab } from './chromium-pipe';

import { apiFixtures, benchIds, benchPages } from './web-fixtures';
import { median } from './stats';

export const webPages = benchPages;

/** The bar of issue 20 for the registration page. */
export const registrationBudget = { javascriptGzipBytes: 60 * 1024, interactiveMs: 1500 };

export interface PageFigure {
  name: string;
  path: string;
  javascriptGzipBytes: number;
  totalGzipBytes: number;
  requests: number;
  /** Median over the loads; null when the page never set the marker within the timeout. */
  interactiveMs: number | null;
  /** Every load's figure, in order (null: no marker). */
  interactiveSamplesMs: (number | null)[];
}

/**
 * Loads per page, each in a fresh browser context: one load's time at 4× slowdown spreads by a
 * few hundred ms from run to run (the browser's own startup work, the machine), so the figure
 * is the median of several, and the spread is printed beside it.
 */
export const loadsPerPage = 5;

export type WebPagesResults = { pages: PageFigure[]; cpuSlowdown: number } | { skipped: string };

export const chromiumPath = '/usr/bin/chromium';
/** A mid-range phone's CPU, as Lighthouse emulates it. */
export const cpuSlowdown = 4;
const readyTimeoutMs = 15_000;

export async function webPagesPart(distDirectory = join(repoRoot, 'web/dist')): Promise<WebPagesResults> {
  if (!existsSync(join(distDirectory, 'index.html'))) return { skipped: 'web/dist is missing: run `npm run web:build` first (part skipped).' };
  if (!existsSync(chromiumPath)) return { skipped: `${chromiumPath} is missing: apt-get install chromium fonts-noto-core (part skipped).` };
  // The web server passes `/api/*` to a fixture API, as CloudFront passes it to API Gateway.
  const api = await startFixtureApi();
  const server = await startWebServer({ port: await freePort(), apiUrl: api.url, distDirectory });
  const browser = await launchChromium(chromiumPath);
  try {
    const pages: PageFigure[] = [];
    for (const page of webPages) pages.push(await measurePageLoads(browser, `${server.url}${page.path}`, page, distDirectory));
    return { pages, cpuSlowdown };
  } finally {
    await browser.close();
    await server.stop();
    await api.stop();
  }
}

const sessionKey = 'rendezvous.session';

/**
 * An HTTP server answering the API's paths from the fixtures (a 404 problem for anything else, as
 * the API would). Not Playwright's request interception: with a route set, every request of the
 * page, the app's own files included, would go through the benchmark's process and wait for it.
 */
export async function startFixtureApi(): Promise<{ url: string; stop(): Promise<void> }> {
  const fixtures = apiFixtures();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const found = fixtures.find(([pattern]) => pattern.test(path));
    if (found) response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(found[1]));
    else response.writeHead(404, { 'Content-Type': 'application/problem+json' }).end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * Runs in the page before its scripts (as source text: a compiled function could reference helpers
 * of this process): notes `performance.now()` each time the app sets the marker. Observing the
 * document, not <html>, because it may run before the parser has made the root element.
 */
export const recordReadyMoment = `new MutationObserver(() => {
  if (document.documentElement.hasAttribute('data-ready')) window.readyAt = performance.now();
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });`;

/**
 * Polls the page's noted moment through the DevTools protocol (a small `Runtime.evaluate` every 100 ms),
 * not with a helper script of the harness's running in the page's 4×-slowed main thread.
 */
export async function readyMoment(tab: Tab): Promise<number | null> {
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    const { result } = await tab.send<{ result: { value?: unknown } }>('Runtime.evaluate', { expression: 'window.readyAt ?? null', returnByValue: true });
    if (typeof result.value === 'number') return result.value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** `loadsPerPage` loads of one page: sizes from the first (every load transfers the same files), interactive the median. */
async function measurePageLoads(browser: Cdp, url: string, page: (typeof webPages)[number], distDirectory: string): Promise<PageFigure> {
  const loads: PageLoad[] = [];
  for (let load = 0; load < loadsPerPage; load += 1) loads.push(await measurePage(browser, url, page, distDirectory));
  const samples = loads.map((load) => load.interactiveMs);
  const marked = samples.filter((sample): sample is number => sample !== null);
  return { ...loads[0]!, interactiveMs: marked.length === samples.length ? median(marked) : null, interactiveSamplesMs: samples };
}

type PageLoad = Omit<PageFigure, 'interactiveSamplesMs'>;

/**
 * One load in a fresh browser context, driven over the DevTools protocol alone (bench/chromium-pipe.ts):
 * the page gets the viewport, the CPU slowdown and the script noting the marker, nothing else.
 */
export async function openMeasuredTab(browser: Cdp, page: (typeof webPages)[number]): Promise<Tab> {
  const tab = await openTab(browser, { width: 360, height: 800, cpuSlowdown });
  // The directory reads the tab's session (kept from the manage link in real use).
  if ('session' in page) await tab.send('Page.addScriptToEvaluateOnNewDocument', { source: `sessionStorage.setItem(${JSON.stringify(sessionKey)}, ${JSON.stringify(JSON.stringify({ registrationId: benchIds.registrationId, token: 'bench' }))});` });
  await tab.send('Page.addScriptToEvaluateOnNewDocument', { source: recordReadyMoment });
  return tab;
}

async function measurePage(browser: Cdp, url: string, page: (typeof webPages)[number], distDirectory: string): Promise<PageLoad> {
  const tab = await openMeasuredTab(browser, page);
  await navigate(browser, tab, url);
  let interactiveMs: number | null = null;
  try {
    interactiveMs = await readyMoment(tab);
  } catch {
    interactiveMs = null;
  }
  const served = await settledUrls(tab);
  await tab.close();
  // Only the app's own files count as transferred: the API's JSON is the same whatever the build.
  const sizes = served.filter((served) => served.startsWith(new URL(url).origin) && !new URL(served).pathname.startsWith('/api/')).map((served) => ({ url: served, gzip: gzipSizeOf(served, distDirectory) }));
  return {
    name: page.name,
    path: page.path,
    javascriptGzipBytes: sizes.filter((entry) => new URL(entry.url).pathname.endsWith('.js')).reduce((sum, entry) => sum + entry.gzip, 0),
    totalGzipBytes: sizes.reduce((sum, entry) => sum + entry.gzip, 0),
    requests: sizes.length,
    interactiveMs,
  };
}

/** The document and every file the page fetched so far, from its Resource Timing entries (no Network domain: see chromium-pipe.ts). */
async function servedUrls(tab: Tab): Promise<string[]> {
  const { result } = await tab.send<{ result: { value?: string[] } }>('Runtime.evaluate', {
    expression: `[location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]`,
    returnByValue: true,
  });
  return result.value ?? [];
}

/**
 * The files the page fetched once it stops fetching: what it loads while idle after the marker (the
 * next pages' chunks, the field-error words) is downloaded by the phone too, so it counts, and reading
 * the list right at the marker counted it in some loads and not in others. Settled = no new file for
 * `quietMs`; at most `readyTimeoutMs`.
 */
async function settledUrls(tab: Tab, quietMs = 750): Promise<string[]> {
  const deadline = Date.now() + readyTimeoutMs;
  let served = await servedUrls(tab);
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const now = await servedUrls(tab);
    if (now.length !== served.length) quietSince = Date.now();
    served = now;
  }
  return served;
}

/** gzip size of a served file (index.html for app routes), level 9 as CloudFront compresses. */
function gzipSizeOf(url: string, distDirectory: string): number {
  const { pathname } = new URL(url);
  const file = join(distDirectory, /\.[A-Za-z0-9]+$/.test(pathname) ? pathname : 'index.html');
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function webPagesSection(results: WebPagesResults): string[] {
  const lines = ['', '## 9. Web pages (Chromium, 4× CPU slowdown, 360 px)', ''];
  if ('skipped' in results) return [...lines, results.skipped];
  lines.push(`| page | JS gzip | total gzip | requests | interactive (median of ${loadsPerPage} loads; min–max) |`, '| --- | ---: | ---: | ---: | ---: |');
  for (const page of results.pages) {
    const marked = page.interactiveSamplesMs.filter((sample): sample is number => sample !== null);
    const spread = marked.length > 0 ? ` (${Math.round(Math.min(...marked))}–${Math.round(Math.max(...marked))})` : '';
    const interactive = page.interactiveMs === null ? 'no data-ready marker' : `${Math.round(page.interactiveMs)} ms${spread}`;
    lines.push(`| ${page.name} (${page.path}) | ${kb(page.javascriptGzipBytes)} | ${kb(page.totalGzipBytes)} | ${page.requests} | ${interactive} |`);
  }
  const registration = results.pages.find((page) => page.name === 'registration');
  if (registration) {
    const withinJs = registration.javascriptGzipBytes <= registrationBudget.javascriptGzipBytes;
    const withinTime = registration.interactiveMs !== null && registration.interactiveMs < registrationBudget.interactiveMs;
    lines.push('', `Registration page budget (≤ 60 KB JS gzip, interactive < 1.5 s): ${withinJs && withinTime ? 'met' : 'NOT met'}.`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distDirectory = process.argv[2] ?? join(repoRoot, 'web/dist');
  webPagesPart(distDirectory).then((results) => console.log(webPagesSection(results).join('\n')));
}
