import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { EventDefinition } from '../shared/events/event-definition';
import { saveEventDefinition } from '../shared/events/event-repository';
import { scheduledWorkers, streamWorkers } from '../shared/workers/index';
import { startApiServer } from './api-server';
import { createTables, physicalTableNames } from './create-tables';
import { lambdaContext, loadHandler } from './load-handler';
import { localFunctionEnvironment } from './local-environment';
import { StreamPoller, type DeadLetter } from './stream-poller';

export interface LocalAppOptions {
  dynamodbEndpoint: string;
  sesEndpoint: string;
  tablePrefix: string;
  apiPort: number;
  /** Base of links in emails; defaults to the local API's own URL. */
  publicBaseUrl?: string;
  events: EventDefinition[];
  /** Extra environment for the functions (tests tune retry delays with it). */
  environment?: Record<string, string>;
  quiet?: boolean;
  /** Only these stream workers' pollers run (all when absent): a benchmark timing one worker drains only its stream. */
  streamWorkerIds?: readonly string[];
  /** The functions' credentials' key id: its own DynamoDB Local database when that runs without `sharedDb` (local-environment.ts). */
  accessKeyId?: string;
}

export interface LocalApp {
  apiUrl: string;
  tableNames: ReturnType<typeof physicalTableNames>;
  /** The functions' variables this app set in its process (a test process sharing the app sets them too). */
  environment: Record<string, string>;
  deadLetters: DeadLetter[];
  /** Waits until every stream record written so far has been handled, and the emails the other stream workers wrote meanwhile. */
  drainStreams(): Promise<void>;
  /** Runs a scheduled worker once now, as its schedule would. */
  runScheduledWorker(id: string): Promise<void>;
  /** Seeds more events into the running app (its schedules then run for them too). */
  addEvents(events: readonly EventDefinition[]): Promise<void>;
  stop(): Promise<void>;
}

function startSchedules(quiet: boolean, events: readonly EventDefinition[]): NodeJS.Timeout[] {
  return scheduledWorkers.map((worker) =>
    setInterval(() => {
      void runScheduled(worker.id, events).catch((error: unknown) => {
        if (!quiet) console.error(`[schedule ${worker.id}]`, error);
      });
    }, worker.localIntervalSeconds * 1_000),
  );
}

async function runScheduled(id: string, events: readonly EventDefinition[]): Promise<void> {
  const worker = scheduledWorkers.find((candidate) => candidate.id === id);
  if (!worker) throw new Error(`No scheduled worker ${id}`);
  const handler = await loadHandler(worker.entry);
  if (worker.perEventSchedules) {
    // Once a day per event, as its first schedule (the run checks that the schedule is still the event's).
    for (const event of events) {
      const schedule = event.summarySchedules[0];
      if (schedule) await handler({ eventId: event.id, scheduleId: schedule.id }, lambdaContext(id));
    }
    return;
  }
  await handler({ source: 'aws.scheduler', 'detail-type': 'Scheduled Event', time: new Date().toISOString(), detail: {} }, lambdaContext(id));
}

/**
 * The other workers write emails into the outbox (the confirmations table): its stream is drained after
 * theirs, so a drain also covers the emails they wrote, and the mailer's drain never chases a stream worker
 * still writing. The others' streams are independent (one table each) and are drained at the same time: a drain
 * costs two streams' idle passes, not three.
 */
async function drainInOrder(pollers: readonly StreamPoller[]): Promise<void> {
  const outbox = pollers.filter((poller) => poller.sourceTable === 'confirmations');
  const others = pollers.filter((poller) => poller.sourceTable !== 'confirmations');
  await Promise.all(others.map((poller) => poller.drain()));
  await Promise.all(outbox.map((poller) => poller.drain()));
}

/**
 * Runs the backend against already-running DynamoDB Local and SES local: tables from the shared
 * definitions, events seeded, the API server, stream pollers and schedules.
 */
export async function startLocalApp(options: LocalAppOptions): Promise<LocalApp> {
  const tableNames = physicalTableNames(options.tablePrefix);
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const api = await startApiServer({ port: options.apiPort, ready });
  const environment = localFunctionEnvironment({
    dynamodbEndpoint: options.dynamodbEndpoint,
    sesEndpoint: options.sesEndpoint,
    tableNames,
    publicBaseUrl: options.publicBaseUrl ?? api.url,
    ...(options.accessKeyId ? { accessKeyId: options.accessKeyId } : {}),
  });
  Object.assign(process.env, environment, options.environment);

  const dynamodb = new DynamoDBClient({});
  await createTables(dynamodb, tableNames);
  const events: EventDefinition[] = [];
  const addEvents = async (added: readonly EventDefinition[]) => {
    for (const event of added) await saveEventDefinition(tableNames.registrations, event);
    events.push(...added);
  };
  await addEvents(options.events);
  markReady();

  const streams = new DynamoDBStreamsClient({});
  const deadLetters: DeadLetter[] = [];
  const pollers = streamWorkers.filter((worker) => options.streamWorkerIds?.includes(worker.id) ?? true).map(
    (worker) =>
      new StreamPoller(worker, tableNames[worker.sourceTable], dynamodb, streams, (deadLetter) => {
        deadLetters.push(deadLetter);
        if (!options.quiet) console.error(`[stream ${deadLetter.workerId}] dead-lettered ${deadLetter.records.length} record(s)`);
      }),
  );
  for (const poller of pollers) await poller.start();
  const timers = startSchedules(options.quiet ?? false, events);

  return {
    apiUrl: api.url,
    tableNames,
    environment: { ...environment, ...options.environment },
    deadLetters,
    drainStreams: () => drainInOrder(pollers),
    runScheduledWorker: (id) => runScheduled(id, events),
    addEvents,
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const poller of pollers) await poller.stop();
      await api.stop();
      dynamodb.destroy();
      streams.destroy();
    },
  };
}
