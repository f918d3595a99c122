/**
 * Where a page's time goes up to "interactive", as part 9 measures it (bench/web-pages.ts: 360 px,
 * 4× CPU slowdown, the marker noted in the page): the renderer's main thread traced (DevTools
 * `Tracing`, devtools.timeline) and sampled (`Profiler`) from navigation start to the marker.
 * Prints, as medians over the runs, the time of each phase (outermost events of a kind) and the
 * script functions with the most self time. Tracing slows the page; read the proportions.
 *
 *   npx tsx bench/web-profile.ts [dist folder] [runs] [page name, e.g. registration]
 */
import { join } from 'node:path';
import { repoRoot } from '../infra/paths';
import { freePort } from '../local/ports';
import { startWebServer } from '../local/web-server';
import { median } from './stats';
import { launchChromium, navigate } from './chromium-pipe';
import { chromiumPath, openMeasuredTab, readyMoment, startFixtureApi, webPages } from './web-pages';

type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: Record<string, unknown> };
type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };

/** The trace events that make a page's time, each counted once where it nests in itself. */
const phases: Record<string, string> = {
  'DocumentLoader::CommitNavigation': 'new document (browser context, window)',
  ParseHTML: 'HTML parsing',
  'v8.compileModule': 'module compilation',
  'v8.evaluateModule': 'module evaluation (top level and what it runs)',
  RunMicrotasks: 'microtasks (the first render runs in one)',
  TimerFire: 'timers (date data, the marker)',
  UpdateLayoutTree: 'style recalculation',
  Layout: 'layout',
  Paint: 'paint',
};

const [distArgument, runsArgument, pageName = 'registration'] = process.argv.slice(2);
const distDirectory = distArgument ?? join(repoRoot, 'web/dist');
const runs = Number(runsArgument ?? 3);
const page = webPages.find((candidate) => candidate.name === pageName);
if (!page) throw new Error(`No page named ${pageName}: ${webPages.map((candidate) => candidate.name).join(', ')}`);

const api = await startFixtureApi();
const server = await startWebServer({ port: await freePort(), apiUrl: api.url, distDirectory });
const browser = await launchChromium(chromiumPath);
const figures = new Map<string, number[]>();
const note = (key: string, ms: number) => figures.set(key, [...(figures.get(key) ?? []), ms]);
try {
  for (let run = 0; run < runs; run += 1) await profileOnce(`${server.url}${page.path}`);
} finally {
  await browser.close();
  await server.stop();
  await api.stop();
}
const rows = [...figures].map(([key, values]) => [key, median([...values, ...Array<number>(runs - values.length).fill(0)])] as const);
console.log(`${page.name} (${page.path}), ${runs} runs, medians in ms at 4×:`);
for (const [key, ms] of rows.filter(([key]) => !key.startsWith('fn ')).sort((a, b) => b[1] - a[1])) console.log(`${ms.toFixed(0).padStart(7)}  ${key}`);
console.log('script functions, self time:');
for (const [key, ms] of rows.filter(([key]) => key.startsWith('fn ')).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(0).padStart(7)}  ${key.slice(3)}`);

async function profileOnce(url: string): Promise<void> {
  const tab = await openMeasuredTab(browser, page!);
  // The browser's tracing, not the tab's: the page's document is committed in a new renderer process.
  const events: TraceEvent[] = [];
  const stopCollecting = browser.on('Tracing.dataCollected', (data, sessionId) => {
    if (!sessionId) events.push(...(data.value as TraceEvent[]));
  });
  const traced = new Promise<void>((resolve) => {
    const stop = browser.on('Tracing.tracingComplete', (_data, sessionId) => {
      if (!sessionId) resolve(void stop());
    });
  });
  await tab.send('Profiler.enable');
  await tab.send('Profiler.start');
  await browser.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,v8,loading,blink,blink.user_timing', transferMode: 'ReportEvents' });
  await navigate(browser, tab, url);
  const ready = await readyMoment(tab);
  const { profile } = await tab.send<{ profile: CpuProfile }>('Profiler.stop');
  await browser.send('Tracing.end');
  await traced;
  stopCollecting();
  await tab.close();
  if (ready === null) throw new Error('the page never set its marker');
  note('interactive (traced)', ready);
  notePhases(events, ready);
  noteFunctions(profile);
}

/** Phases on the page's main thread (the one that evaluated the app's entry) up to the marker. */
function notePhases(events: TraceEvent[], readyMs: number): void {
  const entry = events.find((event) => JSON.stringify(event.args ?? {}).includes('/assets/index-'));
  if (!entry) throw new Error('no trace event of the app entry');
  const thread = events.filter((event) => event.pid === entry.pid && event.tid === entry.tid);
  const start = thread.filter((event) => event.name === 'navigationStart' && event.ts <= entry.ts).at(-1)?.ts ?? Math.min(...thread.filter((event) => event.ts > 0).map((event) => event.ts));
  const complete = thread.filter((event) => event.ph === 'X' && event.dur !== undefined && event.ts >= start && event.ts <= start + readyMs * 1000).sort((a, b) => a.ts - b.ts);
  for (const [name, label] of Object.entries(phases)) {
    let total = 0;
    let outermostEnd = -1;
    for (const event of complete.filter((candidate) => candidate.name === name && candidate.ts >= outermostEnd)) {
      total += event.dur!;
      outermostEnd = event.ts + event.dur!;
    }
    note(label, total / 1000);
  }
}

/** Self time of each sampled script function (its script file, line and column in the minified chunk). */
function noteFunctions(profile: CpuProfile): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfMs = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)!;
    if (!frame.url.includes('/assets/')) return;
    const key = `fn ${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  for (const [key, ms] of selfMs) note(key, ms);
}
