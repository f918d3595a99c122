import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, navigate } from '../../bench/chromium-pipe';
import { benchPages } from '../../bench/web-fixtures';
import { chromiumPath, openMeasuredTab, readyMoment, startFixtureApi } from '../../bench/web-pages';
import { freePort } from '../../local/ports';
import { startWebServer } from '../../local/web-server';
import { buildWebApp } from './support/browser';

/**
 * What keeps the first load's main thread short (docs/web.md, "Loading"), checked on a real build, and
 * part 9's driver (bench/chromium-pipe.ts), which measures it without Playwright in the page.
 */
let dist: string;
beforeAll(async () => {
  dist = await buildWebApp();
}, 120_000);

describe('the built app', () => {
  it("starts every chunk with V8's compile hint, on its first line", () => {
    const chunks = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(readFileSync(join(dist, 'assets', chunk), 'utf8').split('\n', 1)[0], chunk).toBe('//# allFunctionsCalledOnLoad');
  });

  it('has a PNG favicon, not an SVG one (a document of its own on the main thread)', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="icon" type="image\/png" sizes="32x32" href="data:image\/png;base64,/);
    expect(html).not.toContain('image/svg+xml');
  });
});

describe("part 9's driver", () => {
  it('opens the registration page at 4× CPU slowdown and reads its ready moment and its files', async () => {
    const page = benchPages.find((candidate) => candidate.name === 'registration')!;
    const api = await startFixtureApi();
    const web = await startWebServer({ port: await freePort(), apiUrl: api.url, distDirectory: dist });
    const browser = await launchChromium(chromiumPath);
    try {
      const tab = await openMeasuredTab(browser, page);
      await navigate(browser, tab, `${web.url}${page.path}`);
      const ready = await readyMoment(tab);
      expect(ready).toBeGreaterThan(0);
      const { result } = await tab.send<{ result: { value: string[] } }>('Runtime.evaluate', {
        expression: `performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)`,
        returnByValue: true,
      });
      expect(result.value.some((path) => /^\/assets\/register-.*\.js$/.test(path))).toBe(true);
      await tab.close();
    } finally {
      await browser.close();
      await web.stop();
      await api.stop();
    }
  }, 60_000);
});
