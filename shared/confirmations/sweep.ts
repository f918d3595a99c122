import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { log } from '../logging/logger';
import { dynamo } from '../storage/dynamo-client';
import { unsettledPartition } from '../storage/keys';
import { unsettledSortKey, type ConfirmationRecord } from './confirmation-record';
import { markAbandoned } from './confirmation-store';
import { deliverConfirmation, type DeliveryOutcome } from './deliver-confirmation';

/** An email unchanged this long is left behind: the stream gave up on it or never saw it. */
export const staleAfterMinutes = 10;

export interface SweepResult {
  /** Emails the sweeper tried again, by outcome (sent, retry, failed = dead-lettered, skipped). */
  outcomes: Record<DeliveryOutcome, number>;
  /** Emails whose sender vanished mid-send, dead-lettered for an operator. */
  abandoned: number;
}

type Unsettled = Pick<ConfirmationRecord, 'confirmationId' | 'createdAt' | 'status' | 'eventId'>;

/** Unsettled emails last changed before `cutoff`, oldest first: a Query of the sparse `gsi3`, never a Scan. */
async function staleEmails(cutoff: Date, limit: number): Promise<Unsettled[]> {
  const found: Unsettled[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: runtimeConfig().CONFIRMATIONS_TABLE,
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :unsettled AND gsi3sk < :cutoff',
        ExpressionAttributeValues: { ':unsettled': unsettledPartition, ':cutoff': unsettledSortKey(cutoff.toISOString(), '') },
        ProjectionExpression: 'confirmationId, createdAt, eventId, #status',
        ExpressionAttributeNames: { '#status': 'status' },
        Limit: Math.min(100, limit - found.length),
        ExclusiveStartKey: startKey,
      }),
    );
    found.push(...((page.Items ?? []) as Unsettled[]));
    startKey = page.LastEvaluatedKey;
  } while (startKey && found.length < limit);
  return found;
}

/**
 * Re-drives emails left pending or retrying (each try is one counted attempt, so an email that
 * keeps failing reaches the dead letter after MAIL_MAX_ATTEMPTS), and dead-letters those whose
 * sender vanished mid-send. Claiming stays conditional, so a sweep racing the stream never sends
 * twice.
 */
export async function sweepStaleConfirmations(options: { now?: Date; limit?: number } = {}): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - staleAfterMinutes * 60_000);
  const result: SweepResult = { outcomes: { sent: 0, skipped: 0, retry: 0, failed: 0 }, abandoned: 0 };
  for (const email of await staleEmails(cutoff, options.limit ?? 500)) {
    if (email.status === 'sending') {
      if (await markAbandoned(email, now)) result.abandoned += 1;
      continue;
    }
    result.outcomes[await deliverConfirmation(email.confirmationId, email.createdAt, now)] += 1;
  }
  if (result.abandoned > 0 || Object.values(result.outcomes).some((count) => count > 0)) log.info('swept stale emails', { ...result });
  return result;
}
