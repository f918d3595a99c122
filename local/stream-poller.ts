import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { streamWorkerTimeoutSeconds, type StreamWorkerDefinition } from '../shared/workers/index';
import { matchesFilter } from './event-filter';
import { onFunctionRan } from './invocation-signal';
import { lambdaContext, loadHandler } from './load-handler';

export interface DeadLetter {
  workerId: string;
  reason: string;
  records: DynamoDBRecord[];
}

interface ShardState {
  iterator: string | undefined;
  /** Records read but not yet processed successfully (a failed batch is retried from its failed record). */
  pending: StreamRecord[];
  attempts: number;
  finished: boolean;
  /** Last record read from the shard, to get a fresh iterator when DynamoDB Local trims or expires one. */
  lastSequenceNumber?: string;
  /** When the oldest pending record was read: the batching window counts from then. */
  pendingSince?: number;
}

/** The pause after an idle pass; it doubles while the stream stays idle, up to `longestIdleDelayMs`. */
const idleDelayMs = 200;
/**
 * An idle stream is read five times a second at first, then every 2 s: a suite runs up to three apps of
 * three pollers at once, whose idle passes were DynamoDB Local's busiest caller (docs/testing.md). A function
 * that ran in this process (local/invocation-signal.ts) brings the pause back to `idleDelayMs` at once.
 */
const longestIdleDelayMs = 2_000;
/** Shards change only when one closes; otherwise a fresh description is taken this often, as a safety net. */
const shardRefreshMs = 10_000;

function toLambdaRecord(record: StreamRecord, streamArn: string): DynamoDBRecord {
  return {
    eventID: record.eventID,
    eventName: record.eventName as DynamoDBRecord['eventName'],
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: process.env.AWS_REGION ?? 'local',
    eventSourceARN: streamArn,
    dynamodb: record.dynamodb as DynamoDBRecord['dynamodb'],
  };
}

/**
 * Feeds a DynamoDB stream to its worker the way Lambda's event source mapping does: batches of
 * up to `batchSize`, partial batch failures (`batchItemFailures`) retried from the first failed
 * record, a failing whole batch bisected, and after `retryAttempts` the records go to the
 * on-failure destination (here: `onDeadLetter`). A worker's `batchingWindowSeconds` holds a batch
 * that is not full until its oldest record has waited that long; `drain()` does not wait for it.
 */
export class StreamPoller {
  private readonly shards = new Map<string, ShardState>();
  private running = false;
  private loop: Promise<void> | undefined;
  private streamArn = '';
  private lastPass: Promise<unknown> = Promise.resolve();
  private idleDelay = idleDelayMs;
  /** Ends the current pause sooner (at once when stopping); a no-op while no pause runs. */
  private shortenPause: (delayMs: number) => void = () => {};
  private shardsRefreshedAt = 0;

  constructor(
    private readonly worker: StreamWorkerDefinition,
    private readonly tableName: string,
    private readonly dynamodb: DynamoDBClient,
    private readonly streams: DynamoDBStreamsClient,
    private readonly onDeadLetter: (deadLetter: DeadLetter) => void,
  ) {}

  /** The table whose stream this poller reads. */
  get sourceTable(): StreamWorkerDefinition['sourceTable'] {
    return this.worker.sourceTable;
  }

  async start(): Promise<void> {
    const { Table } = await this.dynamodb.send(new DescribeTableCommand({ TableName: this.tableName }));
    if (!Table?.LatestStreamArn) throw new Error(`Table ${this.tableName} has no stream`);
    this.streamArn = Table.LatestStreamArn;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.shortenPause(0);
    await this.loop;
  }

  /**
   * Resolves once every record written so far has been processed (for tests and scripts). The
   * deadline is generous: a recommendations worker may wait up to a minute for another's lease
   * (refresh-recommendations.ts), and a slow, shared machine stretches every step of a batch.
   */
  async drain(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let idlePolls = 0;
    // Two idle passes in a row, a moment apart: records of a write just made are in the stream by then.
    while (idlePolls < 2) {
      idlePolls = (await this.pollExclusively()) ? idlePolls + 1 : 0;
      if (idlePolls === 1) await new Promise((resolve) => setTimeout(resolve, 50));
      if (Date.now() > deadline) throw new Error(`stream ${this.worker.id} not drained within ${timeoutMs} ms`);
    }
  }

  /** One pass at a time: the background loop and drain() must not hand the same batch over twice. */
  private pollExclusively(flush = true): Promise<boolean> {
    const pass = this.lastPass.then(() => this.pollOnce(flush));
    this.lastPass = pass.catch(() => true);
    return pass;
  }

  private async run(): Promise<void> {
    const stopListening = onFunctionRan(() => {
      this.idleDelay = idleDelayMs;
      this.shortenPause(idleDelayMs);
    });
    try {
      while (this.running) {
        try {
          const idle = await this.pollExclusively(false);
          if (idle) await this.pauseWhileIdle();
          else this.idleDelay = idleDelayMs;
        } catch (error) {
          console.error(`[stream ${this.worker.id}]`, error);
          await this.pause(1_000);
        }
      }
    } finally {
      stopListening();
    }
  }

  /** Backs off while nothing comes; a batch waiting for its window is looked at on the usual beat. */
  private async pauseWhileIdle(): Promise<void> {
    const waitingBatch = [...this.shards.values()].some((shard) => shard.pending.length > 0);
    await this.pause(waitingBatch ? idleDelayMs : this.idleDelay);
    if (!waitingBatch) this.idleDelay = Math.min(this.idleDelay * 2, longestIdleDelayMs);
  }

  /** Waits `delayMs`, or less if `shortenPause` asks for an earlier end (a later one never postpones it). */
  private pause(delayMs: number): Promise<void> {
    // stop() may have come while a pass ran, before there was a pause to cut short.
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      let endsAt = Date.now() + delayMs;
      const end = () => {
        this.shortenPause = () => {};
        resolve();
      };
      let timer = setTimeout(end, delayMs);
      this.shortenPause = (sooner) => {
        if (Date.now() + sooner >= endsAt) return;
        endsAt = Date.now() + sooner;
        clearTimeout(timer);
        timer = setTimeout(end, sooner);
      };
    });
  }

  /** No open shard left (none known yet, or the last one closed), or the safety-net interval passed. */
  private shardsMayHaveChanged(): boolean {
    const open = [...this.shards.values()].some((shard) => !shard.finished);
    return !open || Date.now() - this.shardsRefreshedAt >= shardRefreshMs;
  }

  private async refreshShards(): Promise<void> {
    if (!this.shardsMayHaveChanged()) return;
    this.shardsRefreshedAt = Date.now();
    const { StreamDescription } = await this.streams.send(new DescribeStreamCommand({ StreamArn: this.streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      if (!shard.ShardId || this.shards.has(shard.ShardId)) continue;
      const parent = shard.ParentShardId ? this.shards.get(shard.ParentShardId) : undefined;
      if (parent && !parent.finished) continue;
      const { ShardIterator } = await this.streams.send(
        new GetShardIteratorCommand({ StreamArn: this.streamArn, ShardId: shard.ShardId, ShardIteratorType: 'TRIM_HORIZON' }),
      );
      this.shards.set(shard.ShardId, { iterator: ShardIterator, pending: [], attempts: 0, finished: false });
    }
  }

  /** Whether a batch that is not full has waited its window (always, when flushing or without a window). */
  private windowElapsed(shard: ShardState, flush: boolean): boolean {
    const windowMs = (this.worker.batchingWindowSeconds ?? 0) * 1000;
    if (flush || windowMs === 0 || shard.pending.length >= this.worker.batchSize) return true;
    return Date.now() - (shard.pendingSince ?? Date.now()) >= windowMs;
  }

  /** One pass over every shard; true when there was nothing to do now (a batch waiting for its window counts as nothing). */
  private async pollOnce(flush: boolean): Promise<boolean> {
    await this.refreshShards();
    let idle = true;
    for (const [shardId, shard] of this.shards) {
      if (shard.finished) continue;
      if (shard.pending.length < this.worker.batchSize && shard.iterator && (shard.pending.length === 0 || this.worker.batchingWindowSeconds)) await this.read(shardId, shard);
      if (shard.pending.length > 0 && shard.pendingSince === undefined) shard.pendingSince = Date.now();
      if (shard.pending.length > 0 && this.windowElapsed(shard, flush)) {
        idle = false;
        await this.processBatch(shard);
      } else if (!shard.iterator) {
        shard.finished = true;
      }
    }
    return idle;
  }

  private async read(shardId: string, shard: ShardState): Promise<void> {
    try {
      const { Records, NextShardIterator } = await this.streams.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 100 }));
      shard.pending.push(...(Records ?? []).filter((record) => this.accepts(record)));
      shard.lastSequenceNumber = Records?.at(-1)?.dynamodb?.SequenceNumber ?? shard.lastSequenceNumber;
      shard.iterator = NextShardIterator;
    } catch (error) {
      const name = (error as Error).name;
      if (name !== 'TrimmedDataAccessException' && name !== 'ExpiredIteratorException') throw error;
      // DynamoDB Local invalidates iterators taken on an empty shard once records arrive.
      const { ShardIterator } = await this.streams.send(
        new GetShardIteratorCommand({
          StreamArn: this.streamArn,
          ShardId: shardId,
          ...(shard.lastSequenceNumber
            ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: shard.lastSequenceNumber }
            : { ShardIteratorType: 'TRIM_HORIZON' }),
        }),
      );
      shard.iterator = ShardIterator;
    }
  }

  /** Records the worker's filter pattern rejects never reach it, as with Lambda's event filtering. */
  private accepts(record: StreamRecord): boolean {
    return this.worker.filterPattern === undefined || matchesFilter(this.worker.filterPattern, record);
  }

  private async processBatch(shard: ShardState): Promise<void> {
    const batch = shard.pending.slice(0, this.worker.batchSize);
    const failedAt = await this.invoke(batch);
    if (failedAt === undefined) {
      shard.pending.splice(0, batch.length);
      shard.attempts = 0;
      shard.pendingSince = shard.pending.length > 0 ? Date.now() : undefined;
      return;
    }
    shard.pending.splice(0, failedAt);
    shard.attempts += 1;
    if (shard.attempts > this.worker.retryAttempts) {
      // Bisecting ends with the failing record alone; that is the one the destination receives.
      const records = shard.pending.splice(0, 1);
      this.onDeadLetter({ workerId: this.worker.id, reason: 'RetryAttemptsExhausted', records: records.map((r) => toLambdaRecord(r, this.streamArn)) });
      shard.attempts = 0;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** shard.attempts * 50, 2_000)));
  }

  /** Invokes the worker; returns the index of the first failed record, or undefined when all succeeded. */
  private async invoke(batch: StreamRecord[]): Promise<number | undefined> {
    const handler = await loadHandler(this.worker.entry);
    const event: DynamoDBStreamEvent = { Records: batch.map((record) => toLambdaRecord(record, this.streamArn)) };
    try {
      const response = (await handler(event, lambdaContext(this.worker.id, streamWorkerTimeoutSeconds(this.worker)))) as DynamoDBBatchResponse | undefined;
      const failedIds = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
      if (failedIds.size === 0) return undefined;
      const index = batch.findIndex((record) => failedIds.has(record.dynamodb?.SequenceNumber ?? ''));
      return index === -1 ? 0 : index;
    } catch (error) {
      console.error(`[stream ${this.worker.id}] handler threw`, error);
      return 0;
    }
  }
}
