import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTables, physicalTableNames } from '../../local/create-tables';
import { functionRan } from '../../local/invocation-signal';
import { StreamPoller } from '../../local/stream-poller';
import { streamWorkers } from '../../shared/workers/index';

/**
 * An idle stream poller backs off (its idle passes were DynamoDB Local's busiest caller in the suite,
 * docs/testing.md) and a function that ran in the process brings it back at once. The mailer's poller on an
 * empty Confirmations table: no record, so its handler never runs, and only the stream calls are counted.
 */
const clientOptions = () => ({ endpoint: inject('dynamodbEndpoint'), region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
/** Each stream call: when it was sent and when its answer came (a pause is measured between two calls, not over them). */
const calls: { command: string; at: number; answeredAt?: number }[] = [];
const listeners = new Set<() => void>();
let dynamodb: DynamoDBClient;
let streams: DynamoDBStreamsClient;
let poller: StreamPoller;

const reads = () => calls.filter((call) => call.command === 'GetRecordsCommand');
/** From the answer of one read to the sending of the next: the poller's pause, however slow DynamoDB Local is. */
const pauseBefore = (index: number) => reads()[index]!.at - reads()[index - 1]!.answeredAt!;

/** Resolves at the poller's next GetRecords, when it is sent. */
const nextRead = () =>
  new Promise<number>((resolve) => {
    const listener = () => {
      listeners.delete(listener);
      resolve(Date.now());
    };
    listeners.add(listener);
  });

beforeAll(async () => {
  dynamodb = new DynamoDBClient(clientOptions());
  streams = new DynamoDBStreamsClient(clientOptions());
  streams.middlewareStack.add(
    (next, context) => async (args) => {
      const call = { command: context.commandName ?? '', at: Date.now(), answeredAt: undefined as number | undefined };
      calls.push(call);
      if (call.command === 'GetRecordsCommand') for (const listener of [...listeners]) listener();
      try {
        return await next(args);
      } finally {
        call.answeredAt = Date.now();
      }
    },
    { step: 'initialize' },
  );
  const tableNames = physicalTableNames(`test-${process.pid}-idle-poller`);
  await createTables(dynamodb, tableNames);
  const mailer = streamWorkers.find((worker) => worker.id === 'sendConfirmations')!;
  poller = new StreamPoller(mailer, tableNames.confirmations, dynamodb, streams, () => {});
  await poller.start();
});

afterAll(() => {
  dynamodb.destroy();
  streams.destroy();
});

describe('an idle stream poller', () => {
  it('reads less and less often, and describes the stream only when it starts', async () => {
    await new Promise((resolve) => setTimeout(resolve, 6_500));
    // Pauses of 200, 400, 800, 1,600, 2,000 ms: at a fixed 200 ms it would have read about 30 times.
    expect(reads().length).toBeLessThanOrEqual(10);
    expect(pauseBefore(1)).toBeLessThan(400);
    expect(pauseBefore(reads().length - 1)).toBeGreaterThanOrEqual(1_500);
    expect(calls.filter((call) => call.command === 'DescribeStreamCommand')).toHaveLength(1);
  });

  it('reads again soon after a function ran in its process, without waiting out its pause', async () => {
    await nextRead(); // this pass would be followed by a pause of 2 s
    const nudged = reads().length - 1;
    const readAgain = nextRead();
    functionRan();
    await readAgain;
    expect(pauseBefore(nudged + 1)).toBeLessThan(1_000);
  });

  it('stops without waiting out its pause', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3_500)); // idle again: back to 2 s pauses
    await nextRead();
    const stopping = Date.now();
    await poller.stop();
    const stopped = Date.now();
    // It waits for the read in flight (however slow DynamoDB Local answers on a loaded machine), not for the 2 s pause after it.
    const inFlightAnswered = reads().at(-1)!.answeredAt!;
    expect(stopped - Math.max(stopping, inFlightAnswered)).toBeLessThan(1_000);
  });
});
