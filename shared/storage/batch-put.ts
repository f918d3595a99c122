import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { inLanes } from '../in-lanes';
import { backoff } from './transactions';
import { dynamo } from './dynamo-client';

const itemsPerCall = 25;
const parallelCalls = 8;

async function putChunk(tableName: string, items: readonly Record<string, unknown>[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt > 0) await backoff(attempt);
    const { UnprocessedItems }: BatchWriteCommandOutput = await dynamo().send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
    pending = (UnprocessedItems?.[tableName] ?? []) as typeof pending;
  }
}

/**
 * Puts many items that need no condition and no atomicity between them (25 a call, 8 calls at a
 * time; unprocessed items retried with a jittered pause). Callers write the item that makes the
 * others visible last.
 */
export async function batchPutAll(tableName: string, items: readonly Record<string, unknown>[]): Promise<void> {
  const chunks = Array.from({ length: Math.ceil(items.length / itemsPerCall) }, (_, index) => items.slice(index * itemsPerCall, (index + 1) * itemsPerCall));
  await inLanes(chunks, parallelCalls, (chunk) => putChunk(tableName, chunk));
}
