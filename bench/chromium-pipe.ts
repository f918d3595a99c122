/**
 * Chromium driven over the DevTools protocol alone (`--remote-debugging-pipe`), for measuring a page
 * as a person's browser runs it. Playwright instruments every document it sees: an extra JavaScript
 * world created in each new document (its "utility world"), the Network and Runtime domains enabled
 * (the Network domain makes the renderer record a script stack, with its source positions, for every
 * request a script starts). At 4× CPU slowdown that work sits on the page's main thread, inside the
 * figure being measured (docs/benchmarks.md part 9, "tti4"). Here the page gets only what the
 * measurement needs: the viewport, the CPU slowdown and one small script noting the ready marker.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type Params = Record<string, unknown>;
type Listener = (params: Params, sessionId?: string) => void;

export interface Cdp {
  send<T = Params>(method: string, params?: Params, sessionId?: string): Promise<T>;
  on(method: string, listener: Listener): () => void;
  close(): Promise<void>;
}

/**
 * The switches Playwright gives Chromium that bear on timing (no background work, no throttling of a
 * page the browser thinks hidden, no paint holding), so both drivers measure the same browser.
 */
const measurementSwitches = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--hide-scrollbars',
  '--mute-audio',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-ipc-flooding-protection',
  '--disable-hang-monitor',
  '--disable-back-forward-cache',
  '--disable-dev-shm-usage',
  '--disable-features=PaintHolding,OptimizationHints,MediaRouter',
  '--force-color-profile=srgb',
];

export async function launchChromium(executablePath: string): Promise<Cdp> {
  const profile = mkdtempSync(join(tmpdir(), 'rendezvous-bench-chromium-'));
  const browser = spawn(executablePath, [...measurementSwitches, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = browser.stdio[3] as NodeJS.WritableStream;
  const fromBrowser = browser.stdio[4] as NodeJS.ReadableStream;
  const pending = new Map<number, { resolve(value: Params): void; reject(error: Error): void }>();
  const listeners = new Map<string, Set<Listener>>();
  let nextId = 1;
  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end: number;
    while ((end = buffered.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffered.slice(0, end)) as { id?: number; method?: string; params?: Params; result?: Params; error?: { message: string }; sessionId?: string };
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) for (const listener of listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
    }
  });
  const exited = new Promise<void>((resolve) => browser.once('exit', () => resolve()));
  const cdp: Cdp = {
    send<T>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
      const id = nextId++;
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (value: Params) => void, reject }));
    },
    on(method, listener) {
      const set = listeners.get(method) ?? new Set();
      set.add(listener);
      listeners.set(method, set);
      return () => set.delete(listener);
    },
    async close() {
      await cdp.send('Browser.close').catch(() => undefined);
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return cdp;
}

export interface Tab {
  sessionId: string;
  send<T = Params>(method: string, params?: Params): Promise<T>;
  close(): Promise<void>;
}

/** A page in a browser context of its own (empty cache, cookies and storage), with the given viewport and CPU slowdown. */
export async function openTab(cdp: Cdp, options: { width: number; height: number; cpuSlowdown: number }): Promise<Tab> {
  const { browserContextId } = await cdp.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const send = <T>(method: string, params?: Params) => cdp.send<T>(method, params, sessionId);
  await send('Emulation.setDeviceMetricsOverride', { width: options.width, height: options.height, deviceScaleFactor: 1, mobile: false });
  await send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
  await send('Page.enable');
  return { sessionId, send, close: () => cdp.send('Target.disposeBrowserContext', { browserContextId }).then(() => undefined) };
}

/** Navigates and resolves when the document has loaded. */
export async function navigate(cdp: Cdp, tab: Tab, url: string): Promise<void> {
  let stopListening: () => unknown = () => undefined;
  const loaded = new Promise<void>((resolve) => {
    stopListening = cdp.on('Page.loadEventFired', (_params, sessionId) => {
      if (sessionId === tab.sessionId) resolve();
    });
  });
  await tab.send('Page.navigate', { url });
  await loaded;
  stopListening();
}
