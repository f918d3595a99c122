import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from './dynamo-client';

type Key = Record<string, unknown>;

export type Page<T> = { items: T[]; lastKey?: Key };

/** One Query call from `startKey`, evaluating at most `limit` items (before any filter). */
export type PageReader<T> = (limit: number | undefined, startKey: Key | undefined) => Promise<Page<T>>;

/** A plain Query as a page reader. */
export const queryReader =
  <T>(input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'Limit'>): PageReader<T> =>
  async (limit, startKey) => {
    const { Items = [], LastEvaluatedKey } = await dynamo().send(new QueryCommand({ ...input, ...(limit === undefined ? {} : { Limit: limit }), ExclusiveStartKey: startKey }));
    return { items: Items as T[], ...(LastEvaluatedKey ? { lastKey: LastEvaluatedKey } : {}) };
  };

/** Every item, page after page (one partition: its cost is that partition's size). */
export async function readAll<T>(read: PageReader<T>): Promise<T[]> {
  return (await readUpTo(read, Number.POSITIVE_INFINITY)).items;
}

/**
 * How to page when the filter runs after the read (a test DynamoDB cannot express): each read asks for
 * `pageSize` items, and when a page holds more matches than needed the cursor is the last item served
 * (`keyOf`), so nothing is skipped or served twice.
 */
export interface FilterAfterRead<T> {
  pageSize: number;
  keyOf: (item: T) => Key;
}

/**
 * Up to `limit` matching items from `startKey` on, and the key to continue from (none at the end).
 * A filtered page can come back short: pages are topped up until full or done, each asking for no
 * more items than still needed, so the continuation key is exact (or see `FilterAfterRead`).
 */
export async function readUpTo<T>(read: PageReader<T>, limit: number, startKey?: Key, filterAfterRead?: FilterAfterRead<T>): Promise<Page<T>> {
  const items: T[] = [];
  let key = startKey;
  do {
    const needed = limit - items.length;
    const page = await read(filterAfterRead?.pageSize ?? (Number.isFinite(needed) ? needed : undefined), key);
    // A read limited to `needed` returns no more; a filter-after-read page may hold more matches than needed.
    const taken = filterAfterRead ? page.items.slice(0, needed) : page.items;
    items.push(...taken);
    key = filterAfterRead && page.items.length > needed ? filterAfterRead.keyOf(taken.at(-1)!) : page.lastKey;
  } while (key && items.length < limit);
  return { items, ...(key ? { lastKey: key } : {}) };
}

/** Every item a Query matches. */
export const queryAll = <T>(input: Omit<QueryCommandInput, 'ExclusiveStartKey' | 'Limit'>): Promise<T[]> => readAll(queryReader<T>(input));

/** A projection of `attributes` as `#p0, #p1…` (names DynamoDB reserves, such as `country`, are then safe). */
export function projectionOf(attributes: readonly string[]): { ProjectionExpression: string; ExpressionAttributeNames: Record<string, string> } {
  return {
    ProjectionExpression: attributes.map((_, index) => `#p${index}`).join(', '),
    ExpressionAttributeNames: Object.fromEntries(attributes.map((name, index) => [`#p${index}`, name])),
  };
}
