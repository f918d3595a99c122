import type { DynamoDBRecord } from 'aws-lambda';
import { requireEvent } from '../events/require-event';
import { describeError, log } from '../logging/logger';
import { finishErasure } from './finish-erasure';

/**
 * On the Registrations stream: every erased registration whose erasure is not finished
 * (`erasedAt` without `erasureFinishedAt`, e.g. the request died after its transaction) is finished
 * here. A failure is returned so the stream retries from that record: the erasure is never lost.
 */
export async function finishPendingErasures(records: readonly DynamoDBRecord[]): Promise<DynamoDBRecord[]> {
  const failed: DynamoDBRecord[] = [];
  for (const record of records) {
    const image = record.dynamodb?.NewImage;
    if (image?.entityType?.S !== 'registration' || image.erasedAt === undefined || image.erasureFinishedAt !== undefined) continue;
    const registrationId = image.registrationId?.S;
    const eventId = image.eventId?.S;
    if (!registrationId || !eventId) continue;
    try {
      const sweep = await finishErasure(await requireEvent(eventId), registrationId, new Date());
      log.info('erasure finished by the stream', { eventId, registrationId, ...sweep });
    } catch (error) {
      log.error('erasure not finished; the stream retries it', { eventId, registrationId, ...describeError(error) });
      failed.push(record);
    }
  }
  return failed;
}
