import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './dynamo-client';

const keysPerCall = 100;

type Key = Record<string, unknown>;

/** Every item of `keys` that exists, by BatchGetItem (100 keys a call; unprocessed keys retried). */
export async function batchGetAll<T>(tableName: string, keys: readonly Key[], options: { projection?: string; consistent?: boolean } = {}): Promise<T[]> {
  const items: T[] = [];
  for (let start = 0; start < keys.length; start += keysPerCall) {
    let pending: Key[] | undefined = keys.slice(start, start + keysPerCall);
    while (pending && pending.length > 0) {
      const { Responses, UnprocessedKeys }: BatchGetCommandOutput = await dynamo().send(
        new BatchGetCommand({
          RequestItems: {
            [tableName]: {
              Keys: pending,
              ...(options.projection ? { ProjectionExpression: options.projection } : {}),
              ...(options.consistent ? { ConsistentRead: true } : {}),
            },
          },
        }),
      );
      items.push(...((Responses?.[tableName] ?? []) as T[]));
      pending = UnprocessedKeys?.[tableName]?.Keys;
    }
  }
  return items;
}
