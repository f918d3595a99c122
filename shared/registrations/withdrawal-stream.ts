import type { DynamoDBRecord } from 'aws-lambda';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { requireEvent } from '../events/require-event';
import { describeError, log } from '../logging/logger';
import { cancelMeetingsOf } from '../meetings/cancel-meetings-of';
import { dynamo } from '../storage/dynamo-client';
import { registrationKey } from '../storage/keys';

/**
 * Records that a cancelled registration's meetings were all cancelled (`meetingsReleasedAt`), so the
 * stream worker below does not sweep them again. Only on a cancelled registration; a no-op otherwise.
 */
export async function markMeetingsReleased(registrationId: string, now: Date): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: runtimeConfig().REGISTRATIONS_TABLE,
        Key: registrationKey(registrationId),
        UpdateExpression: 'SET meetingsReleasedAt = :now',
        ConditionExpression: '#status = :cancelled',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':cancelled': 'cancelled' },
      }),
    );
  } catch (error) {
    if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
  }
}

/**
 * On the Registrations stream: every cancelled registration whose meetings were not all cancelled yet
 * (`meetingsReleasedAt` absent: the request died or failed after its cancellation committed, and
 * the attendee, told it failed or told nothing, may never ask again) has them cancelled here, each
 * counterpart emailed. Erased registrations are the erasure's (erasure-stream.ts). A failure is
 * returned so the stream retries from that record: a counterpart is never left with a meeting with
 * someone who left.
 */
export async function finishPendingWithdrawals(records: readonly DynamoDBRecord[]): Promise<DynamoDBRecord[]> {
  const failed: DynamoDBRecord[] = [];
  for (const record of records) {
    const image = record.dynamodb?.NewImage;
    if (image?.entityType?.S !== 'registration' || image.status?.S !== 'cancelled') continue;
    if (image.erasedAt !== undefined || image.meetingsReleasedAt !== undefined) continue;
    const registrationId = image.registrationId?.S;
    const eventId = image.eventId?.S;
    if (!registrationId || !eventId) continue;
    try {
      const now = new Date();
      const cancelled = await cancelMeetingsOf(await requireEvent(eventId), registrationId, now);
      await markMeetingsReleased(registrationId, now);
      if (cancelled > 0) log.info('meetings of a cancelled registration cancelled by the stream', { eventId, registrationId, cancelled });
    } catch (error) {
      log.error('meetings of a cancelled registration not cancelled; the stream retries it', { eventId, registrationId, ...describeError(error) });
      failed.push(record);
    }
  }
  return failed;
}
