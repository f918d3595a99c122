import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import type { TransactionItem } from '../storage/transactions';
import type { PreviousSummary } from './compute-summary';
import { summaryWatermarkKey } from '../storage/keys';

/** Key formats live in storage/keys.ts; re-exported for this feature's modules. */
export { summaryWatermarkKey };

export interface SummaryWatermark extends PreviousSummary {
  summaryId: string;
}

export async function readWatermark(eventId: string): Promise<SummaryWatermark | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: summaryWatermarkKey(eventId), ConsistentRead: true }),
  );
  return Item === undefined ? undefined : { summaryId: Item.summaryId, generatedAt: Item.generatedAt, totals: Item.totals };
}

/**
 * Moves the watermark to a new summary, on condition that it is still where this summary started
 * from: two summaries built at once cannot both count "since" the same previous one.
 */
export function advanceWatermark(eventId: string, next: SummaryWatermark, expectedPreviousAt: string | undefined): TransactionItem {
  return {
    Put: {
      TableName: runtimeConfig().REGISTRATIONS_TABLE,
      Item: { ...summaryWatermarkKey(eventId), entityType: 'summary-watermark', ...next },
      ConditionExpression: expectedPreviousAt === undefined ? 'attribute_not_exists(pk)' : 'generatedAt = :previousAt',
      ...(expectedPreviousAt === undefined ? {} : { ExpressionAttributeValues: { ':previousAt': expectedPreviousAt } }),
    },
  };
}
