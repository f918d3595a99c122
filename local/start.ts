import path from 'node:path';
import * as z from 'zod';
import { parseEnvironment } from './parse-environment';
import { readEventFiles } from '../shared/events/event-files';
import { createOrganiserKey } from '../shared/organisers/organiser-key-store';
import { startDynamoDbLocal } from './dynamodb-local';
import { repositoryRoot } from './load-handler';
import { startLocalApp } from './local-app';
import { whenLauncherEnds } from './launcher-watch';
import { assertPortFree } from './ports';
import { startSesLocal } from './ses-local';
import { startLocalWeb } from './web-start';
import { parseScriptArguments } from '../scripts/script-arguments';

const usage = {
  usage: 'npm start',
  description: [
    'The whole backend on this machine: DynamoDB Local, the local SES and its mail viewer, the API with its',
    'stream workers, and the web app, with the events of data/events seeded. It takes no arguments; it reads',
    'PORT, WEB_PORT, SES_PORT, DYNAMODB_PORT, DYNAMODB_DATA_DIR, PUBLIC_BASE_URL, WEB_BASE_URL and ORGANISER_KEY',
    'from the environment (README, "Configuration of the local runner"). Ctrl-C stops everything.',
  ].join('\n'),
};

const Settings = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  SES_PORT: z.coerce.number().int().min(1).max(65535).default(8005),
  DYNAMODB_PORT: z.coerce.number().int().min(1).max(65535).default(8000),
  /** When set, DynamoDB Local keeps its data in this directory across restarts. */
  DYNAMODB_DATA_DIR: z.string().min(1).optional(),
  PUBLIC_BASE_URL: z.url().optional(),
  /** Base of the web pages emailed links open; the local web app (WEB_PORT) when unset. */
  WEB_BASE_URL: z.url().optional(),
  /** An organiser key for the (first) seeded event; a fresh one is generated and printed when unset. */
  ORGANISER_KEY: z.string().regex(/^[A-Za-z0-9._~+/=-]{16,512}$/, 'must be 16 to 512 letters, digits or ._~+/=-').optional(),
});

/** One organiser key per seeded event: ORGANISER_KEY for the first if given, generated otherwise. */
async function organiserKeys(events: { id: string }[], given: string | undefined): Promise<string[]> {
  const lines: string[] = [];
  for (const [index, event] of events.entries()) {
    const key = index === 0 ? given : undefined;
    const created = await createOrganiserKey({ eventId: event.id, label: 'npm start', ...(key ? { key } : {}) });
    lines.push(`${event.id}: ${key ? 'ORGANISER_KEY from the environment' : created.key}`);
  }
  return lines;
}

async function main(): Promise<void> {
  parseScriptArguments(usage, {});
  const settings = parseEnvironment(Settings, process.env);
  await assertPortFree(settings.PORT, 'the API', 'PORT');
  await assertPortFree(settings.WEB_PORT, 'the web app', 'WEB_PORT');
  await assertPortFree(settings.SES_PORT, 'local SES and its mail viewer', 'SES_PORT');
  await assertPortFree(settings.DYNAMODB_PORT, 'DynamoDB Local', 'DYNAMODB_PORT');

  const events = readEventFiles(path.join(repositoryRoot, 'data/events'));
  const dataDirectory = settings.DYNAMODB_DATA_DIR ? path.resolve(settings.DYNAMODB_DATA_DIR) : undefined;
  const dynamodb = await startDynamoDbLocal({ port: settings.DYNAMODB_PORT, ...(dataDirectory ? { dataDirectory } : {}) });
  const ses = await startSesLocal({ port: settings.SES_PORT });
  const app = await startLocalApp({
    dynamodbEndpoint: dynamodb.endpoint,
    sesEndpoint: ses.endpoint,
    tablePrefix: 'rendezvous-local',
    apiPort: settings.PORT,
    ...(settings.PUBLIC_BASE_URL ? { publicBaseUrl: settings.PUBLIC_BASE_URL } : {}),
    environment: { WEB_BASE_URL: settings.WEB_BASE_URL ?? `http://localhost:${settings.WEB_PORT}` },
    events,
  });
  const web = await startLocalWeb(settings.WEB_PORT, app.apiUrl);
  const keys = await organiserKeys(events, settings.ORGANISER_KEY);

  console.log(`
Rendezvous is running locally.
  Web app       ${web.line}
  API           ${app.apiUrl}
  OpenAPI       ${app.apiUrl}/openapi.json
  Mail viewer   ${ses.endpoint.replace('127.0.0.1', 'localhost')}   (raw store: /store)
  DynamoDB      ${dynamodb.endpoint} (${dataDirectory ? `data in ${dataDirectory}` : 'in memory'})
  Events        ${events.map((event) => `${app.apiUrl}/events/${event.id}`).join('\n                ')}
  Organiser key ${keys.join('\n                ')}   (Authorization: Bearer <key> on /admin/events/<id>/…)
Press Ctrl-C to stop.`);

  let stopping = false;
  const stop = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}: stopping…`);
    // A part that hangs on the way down must not keep the ports.
    setTimeout(() => process.exit(exitCode), 10_000).unref();
    await web.stop();
    await app.stop();
    await ses.stop();
    await dynamodb.stop();
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  // Without DynamoDB Local nothing works, and a new one would start empty: say so and stop
  // (docs: README, "npm start"). A second `npm start` gets a clean slate.
  void dynamodb.unexpectedExit.then((how) => {
    if (stopping) return;
    const data = dataDirectory ? `its data is kept in ${dataDirectory}` : 'its data was in memory and is gone';
    console.error(`\nDynamoDB Local (Java) stopped on its own (${how}); ${data}. The API cannot work without it.`);
    void stop('npm start stops; run it again', 1);
  });
  whenLauncherEnds(() => void stop('npm start was killed'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
