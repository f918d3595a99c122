import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { backoff } from './transactions';
import { dynamo } from './dynamo-client';

const itemsPerCall = 25;

/**
 * Puts many items that need no condition and no atomicity between them (25 a call; unprocessed
 * items retried with a jittered pause). Callers write the item that makes the others visible last.
 */
export async function batchPutAll(tableName: string, items: readonly Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < items.length; start += itemsPerCall) {
    let pending = items.slice(start, start + itemsPerCall).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 0) await backoff(attempt);
      const { UnprocessedItems }: BatchWriteCommandOutput = await dynamo().send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (UnprocessedItems?.[tableName] ?? []) as typeof pending;
    }
  }
}
