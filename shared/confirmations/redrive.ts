import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { deadLetterPartition } from '../storage/keys';
import type { ConfirmationRecord } from './confirmation-record';
import { markErased, requeue } from './confirmation-store';

export interface RedriveResult {
  requeued: string[];
}

/**
 * Puts dead-lettered confirmations (status `failed`, oldest first) back to `pending`; the stream
 * hands each to the mailer again, with a fresh attempt budget. Those of erased people are closed
 * as `erased` instead.
 */
export async function redriveDeadLetters(options: { limit?: number; now?: Date; eventId?: string } = {}): Promise<RedriveResult> {
  const limit = options.limit ?? 1_000;
  const requeued: string[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: runtimeConfig().CONFIRMATIONS_TABLE,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :deadLetters',
        // One event's dead letters only (the organiser console): the others stay where they are.
        ...(options.eventId === undefined
          ? { ExpressionAttributeValues: { ':deadLetters': deadLetterPartition } }
          : { FilterExpression: 'eventId = :eventId', ExpressionAttributeValues: { ':deadLetters': deadLetterPartition, ':eventId': options.eventId } }),
        ProjectionExpression: 'confirmationId, createdAt, eventId, erasedAt',
        Limit: Math.min(100, limit - requeued.length),
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of (page.Items ?? []) as Pick<ConfirmationRecord, 'confirmationId' | 'createdAt' | 'eventId' | 'erasedAt'>[]) {
      // An erased person's email is closed, not re-sent (it has no recipient any more).
      if (item.erasedAt !== undefined) await markErased(item, 'failed', options.now ?? new Date());
      else if (await requeue(item, options.now ?? new Date())) requeued.push(item.confirmationId);
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey && requeued.length < limit);
  return { requeued };
}
