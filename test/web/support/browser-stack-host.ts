import { rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventDefinition } from '../../../shared/events/event-definition';
import type { BrowserStackDescription } from './browser-stack-protocol';

/**
 * The browser test files' one local stack for a whole vitest run (docs/testing.md, "The browser
 * stack"): the API with its stream pollers on tables of its own, the built web app behind a web
 * server, and one Chromium that the files connect to. A child process of the run (spawned by
 * test/support/global-setup.ts), not the runner itself: the local app sets the functions' variables in
 * its process's environment, which the runner would hand on to every test worker it forks.
 * Nothing starts until a file asks (`POST /events`): a run without browser tests pays only this
 * process's start. Each file seeds its own events and people, so files stay independent.
 */
interface RunningStack {
  description: BrowserStackDescription;
  addEvents(events: EventDefinition[]): Promise<void>;
  drainStreams(): Promise<void>;
  stop(): Promise<void>;
}

async function startStack(dynamodbEndpoint: string, sesEndpoint: string): Promise<RunningStack> {
  const [{ startLocalApp }, { buildWebApp, launchChromiumServer }, { startWebServer }] = await Promise.all([
    import('../../../local/local-app'),
    import('./browser'),
    import('./web-server'),
  ]);
  process.env.LOG_LEVEL ??= 'warn';
  const [dist, app, chromium] = await Promise.all([
    buildWebApp(),
    startLocalApp({ dynamodbEndpoint, sesEndpoint, tablePrefix: `browser-${process.pid}`, apiPort: 0, events: [], quiet: true }),
    launchChromiumServer(),
  ]);
  const web = await startWebServer(dist, app.apiUrl);
  const environment = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return {
    description: { apiUrl: app.apiUrl, webUrl: web.url, chromiumEndpoint: chromium.wsEndpoint(), tableNames: app.tableNames, environment },
    addEvents: app.addEvents,
    drainStreams: app.drainStreams,
    stop: async () => {
      await chromium.close();
      await web.close();
      await app.stop();
      await rm(dist, { recursive: true, force: true });
    },
  };
}

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function answer(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(body === undefined ? undefined : JSON.stringify(body));
}

function main(): void {
  const [dynamodbEndpoint, sesEndpoint] = process.argv.slice(2);
  if (!dynamodbEndpoint || !sesEndpoint) throw new Error('usage: browser-stack-host <dynamodb endpoint> <ses endpoint>');
  let stack: Promise<RunningStack> | undefined;
  const started = () => (stack ??= startStack(dynamodbEndpoint, sesEndpoint));
  const server = createServer((request, response) => {
    const handle = async () => {
      if (request.method === 'POST' && request.url === '/events') {
        const running = await started();
        await running.addEvents((await bodyOf(request)) as EventDefinition[]);
        return answer(response, 200, running.description);
      }
      if (request.method === 'POST' && request.url === '/drain') {
        await (await started()).drainStreams();
        return answer(response, 204);
      }
      answer(response, 404);
    };
    handle().catch((error: unknown) => answer(response, 500, { error: String((error as Error)?.stack ?? error) }));
  });
  const stop = async () => {
    server.close();
    if (stack) await (await stack).stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  server.listen(0, '127.0.0.1', () => {
    // The one line the parent waits for.
    process.stdout.write(`browser-stack-host http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
  });
}

main();
