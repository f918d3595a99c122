import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { inLanes } from '../in-lanes';
import { backoff } from './transactions';
import { dynamo } from './dynamo-client';

const itemsPerCall = 25;
const parallelCalls = 8;

type Key = Record<string, unknown>;
type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Key } };

async function writeChunk(tableName: string, requests: readonly WriteRequest[]): Promise<void> {
  let pending = [...requests];
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt > 0) await backoff(attempt);
    const { UnprocessedItems }: BatchWriteCommandOutput = await dynamo().send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
    pending = (UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
  }
}

async function batchWriteAll(tableName: string, requests: readonly WriteRequest[]): Promise<void> {
  const chunks = Array.from({ length: Math.ceil(requests.length / itemsPerCall) }, (_, index) => requests.slice(index * itemsPerCall, (index + 1) * itemsPerCall));
  await inLanes(chunks, parallelCalls, (chunk) => writeChunk(tableName, chunk));
}

/**
 * Puts many items that need no condition and no atomicity between them (25 a call, 8 calls at a
 * time; unprocessed items retried with a jittered pause). Callers write the item that makes the
 * others visible last.
 */
export async function batchPutAll(tableName: string, items: readonly Record<string, unknown>[]): Promise<void> {
  await batchWriteAll(tableName, items.map((Item) => ({ PutRequest: { Item } })));
}

/** Deletes many items by key, the same way (no condition, no atomicity between them). */
export async function batchDeleteAll(tableName: string, keys: readonly Key[]): Promise<void> {
  await batchWriteAll(tableName, keys.map((Key) => ({ DeleteRequest: { Key } })));
}
