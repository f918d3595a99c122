import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { EventDefinition } from '../../../shared/events/event-definition';
import { testClient, type TestApp } from '../../support/test-app';
import type { BrowserStackDescription } from './browser-stack-protocol';

/** The part of a test app a browser test file uses, on the run's shared stack. */
export type BrowserTestApp = Pick<TestApp, 'apiUrl' | 'tableNames' | 'drainStreams' | 'mailTo' | 'request'>;

export interface BrowserStack {
  app: BrowserTestApp;
  web: { url: string };
  /** This file's connection to the run's Chromium: closing it closes the file's contexts, not the browser. */
  browser: Browser;
}

async function askHost(path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${inject('browserStackHost')}${path}`, { method: 'POST', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (!response.ok) throw new Error(`browser stack host: ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/**
 * The run's one browser stack (browser-stack-host.ts), started by the first file that asks, with
 * `events` seeded: a file brings its own uniquely named events and people, so it runs alone, first
 * or last alike. The functions' variables are set in this process too (signing tokens, organiser
 * keys and table reads of the test go where the stack's functions do).
 */
export async function startBrowserStack(events: EventDefinition[]): Promise<BrowserStack> {
  const stack = (await (await askHost('/events', events)).json()) as BrowserStackDescription;
  Object.assign(process.env, stack.environment);
  const browser = await chromium.connect(stack.chromiumEndpoint);
  const drainStreams = async () => void (await askHost('/drain'));
  return { app: { apiUrl: stack.apiUrl, tableNames: stack.tableNames, drainStreams, ...testClient(stack.apiUrl, inject('sesEndpoint')) }, web: { url: stack.webUrl }, browser };
}
