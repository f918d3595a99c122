import { inject } from 'vitest';
import type { EventDefinition } from '../../shared/events/event-definition';
import { startLocalApp, type LocalApp, type LocalAppOptions } from '../../local/local-app';

export interface TestApp extends LocalApp {
  request(method: string, path: string, init?: { body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<Response>;
  /** Emails the local SES received for `address` (compared case-insensitively). */
  mailTo(address: string): Promise<StoredEmail[]>;
}

export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  attachments: { content: string; contentType: string; filename: string }[];
  at: number;
}

let tableCounter = 0;

/**
 * This file's own DynamoDB Local database (the run starts it without `sharedDb`): a request's cost grows with
 * the tables of its database, and the run's files make hundreds (docs/testing.md, "One database per file").
 * Letters and digits only, as DynamoDB Local accepts.
 */
const fileAccessKeyId = `file${process.pid}t${Date.now().toString(36)}`;

/** Starts the API, stream pollers and schedules of one test file against the run's local servers. */
export async function startTestApp(
  events: EventDefinition[],
  environment: Record<string, string> = {},
  options: Pick<LocalAppOptions, 'streamWorkerIds'> = {},
): Promise<TestApp> {
  environment = { LOG_LEVEL: 'warn', ...environment };
  const sesEndpoint = inject('sesEndpoint');
  tableCounter += 1;
  const app = await startLocalApp({
    dynamodbEndpoint: inject('dynamodbEndpoint'),
    sesEndpoint,
    tablePrefix: `test-${process.pid}-${tableCounter}`,
    apiPort: 0,
    events,
    environment,
    quiet: true,
    accessKeyId: fileAccessKeyId,
    ...options,
  });
  return { ...app, ...testClient(app.apiUrl, sesEndpoint) };
}

/** What the tests' helpers need of an app: its API and the emails it sent. */
export type TestClient = Pick<TestApp, 'request' | 'mailTo'>;

/**
 * When this test file started (vitest loads this module afresh for each file), in the seconds of the local SES's
 * `at`. The run's one SES keeps every file's emails; each file's people are its own, so only emails sent
 * since are read: the store's whole list grew with the run, and every poll for an email sent it all
 * (docs/testing.md, "Where the CPU goes").
 */
const fileStartedAtSeconds = Math.floor(Date.now() / 1000);

/** Requests to the API at `apiUrl` and reads of the local SES's store, as the tests make them. */
export function testClient(apiUrl: string, sesEndpoint: string): TestClient {
  return {
    request: (method, path, init = {}) =>
      fetch(`${apiUrl}${path}`, {
        method,
        // A 303 of an older email link is the answer under test, not a page to fetch.
        redirect: 'manual',
        headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        ...(init.rawBody !== undefined ? { body: init.rawBody } : {}),
      }),
    mailTo: async (address) => {
      const { emails } = (await (await fetch(`${sesEndpoint}/store?since=${fileStartedAtSeconds}`)).json()) as { emails: StoredEmail[] };
      const wanted = address.toLowerCase();
      return emails.filter((email) => email.destination.to.some((to) => to.toLowerCase().includes(wanted)));
    },
  };
}

/** A response's JSON body, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const jsonOf = (response: Response): Promise<any> => response.json();
