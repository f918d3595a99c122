/**
 * The local servers the server-side parts run against, each stopped in a `finally` so that no
 * DynamoDB Local (Java) process or port is left behind, whatever fails.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startDynamoDbLocal } from '../local/dynamodb-local';
import { startApiServer } from '../local/api-server';
import { startLocalApp, type LocalApp, type LocalAppOptions } from '../local/local-app';
import { freePort } from '../local/ports';
import { startSesLocal } from '../local/ses-local';
import type { EventDefinition } from '../shared/events/event-definition';

export interface LocalServices {
  dynamodbEndpoint: string;
  sesEndpoint: string;
}

export async function withLocalServices<T>(work: (services: LocalServices) => Promise<T>): Promise<T> {
  const dynamodb = await startDynamoDbLocal({ port: await freePort() });
  try {
    const ses = await startSesLocal({ port: await freePort() });
    try {
      return await work({ dynamodbEndpoint: dynamodb.endpoint, sesEndpoint: ses.endpoint });
    } finally {
      await ses.stop();
    }
  } finally {
    await dynamodb.stop();
  }
}

/** A client of the benchmark's own (not the functions') for DynamoDB Local; destroy it after use. */
export const localDynamoDbClient = (endpoint: string): DynamoDBClient =>
  new DynamoDBClient({ endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/**
 * One table prefix for the whole run: the functions parse their table names once per process
 * (shared/config/runtime-config.ts), so every app started here must use the same tables.
 */
export const benchTablePrefix = `bench-${process.pid}`;

export function appOptions(services: LocalServices, events: EventDefinition[]): LocalAppOptions {
  return {
    dynamodbEndpoint: services.dynamodbEndpoint,
    sesEndpoint: services.sesEndpoint,
    tablePrefix: benchTablePrefix,
    apiPort: 0,
    events,
    environment: { LOG_LEVEL: 'warn' },
    quiet: true,
  };
}

/** The full local app (API, stream pollers, schedules) for the duration of `work`. */
export async function withLocalApp<T>(options: LocalAppOptions, work: (app: LocalApp) => Promise<T>): Promise<T> {
  const app = await startLocalApp(options);
  try {
    return await work(app);
  } finally {
    await app.stop();
  }
}

/**
 * The local API alone: the same server and handlers as `startLocalApp` serves, without its
 * stream pollers. In AWS the mailer runs in its own Lambda; in-process it would compete with
 * the API handlers for the CPU and blur the latency figures.
 */
export async function withApiOnly<T>(work: (apiUrl: string) => Promise<T>): Promise<T> {
  const api = await startApiServer({ port: 0, host: '127.0.0.1' });
  try {
    return await work(api.url.replace('localhost', '127.0.0.1'));
  } finally {
    await api.stop();
  }
}

/** Creates the tables, seeds the events and sets the functions' environment, then stops the app. */
export async function prepareTables(options: LocalAppOptions): Promise<void> {
  await withLocalApp(options, async () => undefined);
}
