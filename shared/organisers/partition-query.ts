import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../storage/dynamo-client';
import { readAll, readUpTo, type Page } from '../storage/query-all';

/** One `gsi1` partition of an event (e.g. `EVENT#<e>#REGISTRATIONS`), optionally one status prefix of it, and a filter. */
export interface PartitionQuery {
  tableName: string;
  partition: string;
  /** `begins_with(gsi1sk, prefix)`, e.g. `pending#` on partitions sorted by status. */
  sortKeyPrefix?: string;
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
  projection?: string[];
  /**
   * A test DynamoDB cannot express (e.g. a case- and accent-insensitive text search), applied to
   * each page read. It filters like `filter`: the same items are read and paid for.
   */
  keep?: (item: Record<string, unknown>) => boolean;
}

/** Items read per Query when `keep` filters after the read: bounds what one request reads beyond its page. */
const keptPageSize = 250;

/** The keys of a `gsi1` item, as DynamoDB's LastEvaluatedKey would give them: a cursor from any item. */
const gsi1KeyOf = (item: Record<string, unknown>) => ({ pk: item.pk, sk: item.sk, gsi1pk: item.gsi1pk, gsi1sk: item.gsi1sk });

function queryInput(query: PartitionQuery, limit: number | undefined, startKey: Record<string, unknown> | undefined): QueryCommandInput {
  const names: Record<string, string> = { '#pk': 'gsi1pk', ...query.filter?.names };
  const values: Record<string, unknown> = { ':pk': query.partition, ...query.filter?.values };
  let keyCondition = '#pk = :pk';
  if (query.sortKeyPrefix !== undefined) {
    names['#sk'] = 'gsi1sk';
    values[':skPrefix'] = query.sortKeyPrefix;
    keyCondition += ' AND begins_with(#sk, :skPrefix)';
  }
  if (query.projection) query.projection.forEach((attribute, index) => (names[`#p${index}`] = attribute));
  return {
    TableName: query.tableName,
    IndexName: 'gsi1',
    KeyConditionExpression: keyCondition,
    ...(query.filter ? { FilterExpression: query.filter.expression } : {}),
    ...(query.projection ? { ProjectionExpression: query.projection.map((_, index) => `#p${index}`).join(', ') } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ...(limit === undefined ? {} : { Limit: limit }),
    ...(startKey ? { ExclusiveStartKey: startKey } : {}),
  };
}

/** One Query call: at most `limit` items evaluated (before the filter). */
export async function queryPage<T>(query: PartitionQuery, limit?: number, startKey?: Record<string, unknown>): Promise<Page<T>> {
  const { Items = [], LastEvaluatedKey } = await dynamo().send(new QueryCommand(queryInput(query, limit, startKey)));
  const kept = query.keep ? Items.filter(query.keep) : Items;
  return { items: kept as T[], ...(LastEvaluatedKey ? { lastKey: LastEvaluatedKey } : {}) };
}

/** Every item of the partition (a Query per 1 MB page): cost grows with the event's data, never the table's. */
export const queryAll = <T>(query: PartitionQuery): Promise<T[]> => readAll((limit, startKey) => queryPage<T>(query, limit, startKey));

/**
 * Up to `limit` matching items from `startKey` on, and the key to continue from (none at the end); see
 * `readUpTo`. With `keep` (tested after the read), pages of `keptPageSize` are read whole and, when one
 * holds more matches than needed, the cursor is the last item served, so nothing is skipped or served twice.
 */
export function queryMatching<T>(query: PartitionQuery, limit: number, startKey?: Record<string, unknown>): Promise<Page<T>> {
  const filterAfterRead = query.keep ? { pageSize: keptPageSize, keyOf: (item: T) => gsi1KeyOf(item as Record<string, unknown>) } : undefined;
  return readUpTo((pageLimit, key) => queryPage<T>(query, pageLimit, key), limit, startKey, filterAfterRead);
}
