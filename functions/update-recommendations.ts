import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { runtimeConfig } from '../shared/config/runtime-config';
import { describeError, log } from '../shared/logging/logger';
import { refreshCoalesced } from '../shared/matchmaking/refresh-recommendations';
import { finishPendingErasures } from '../shared/registrations/erasure-stream';
import { finishPendingWithdrawals } from '../shared/registrations/withdrawal-stream';

runtimeConfig();

interface EventChanges {
  firstRecord: DynamoDBRecord;
  registrationIds: Set<string>;
}

/**
 * Registration records name their event; an event record's key is `EVENT#<id>` (its settings may have
 * changed). A waiting-list registration is skipped: it is not in the directory and never was (nobody
 * goes from confirmed back to waiting), so it changes no list; in a burst past capacity most records are such.
 */
function changesByEvent(records: readonly DynamoDBRecord[]): Map<string, EventChanges> {
  const byEvent = new Map<string, EventChanges>();
  for (const record of records) {
    const image = record.dynamodb?.NewImage;
    const isEvent = image?.entityType?.S === 'event';
    const eventId = isEvent ? image?.pk?.S?.replace(/^EVENT#/, '') : image?.eventId?.S;
    // The end of an erasure (`erasureFinishedAt`) changes nothing matching reads.
    if (!eventId || (!isEvent && (image?.status?.S === 'waitlisted' || image?.erasureFinishedAt !== undefined))) continue;
    const changes = byEvent.get(eventId) ?? { firstRecord: record, registrationIds: new Set<string>() };
    const registrationId = image?.registrationId?.S;
    if (!isEvent && registrationId) changes.registrationIds.add(registrationId);
    byEvent.set(eventId, changes);
  }
  return byEvent;
}

/**
 * Keeps the stored recommendation lists up to date, on the Registrations stream (only registration
 * and event items reach it: the event source filters the rest). Per event in the batch, its changes are
 * marked and applied together with those other workers marked meanwhile (`refreshCoalesced`);
 * a failure reports the event's first record, so Lambda retries from there (refreshing is idempotent).
 * It also finishes erasures the request could not (`finishPendingErasures`), and the meeting sweeps of
 * cancellations (`finishPendingWithdrawals`), retried the same way.
 */
export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(async (event) => {
  const failed: DynamoDBRecord[] = [...(await finishPendingErasures(event.Records)), ...(await finishPendingWithdrawals(event.Records))];
  for (const [eventId, changes] of changesByEvent(event.Records)) {
    try {
      const started = Date.now();
      const outcome = await refreshCoalesced(eventId, [...changes.registrationIds]);
      log.info('recommendations refreshed', { eventId, changed: changes.registrationIds.size, ...outcome, durationMs: Date.now() - started });
    } catch (error) {
      log.error('recommendations refresh failed; the stream retries it', { eventId, ...describeError(error) });
      failed.push(changes.firstRecord);
    }
  }
  const earliest = failed.map((record) => record.dynamodb?.SequenceNumber ?? '').sort((a, b) => (BigInt(a || '0') < BigInt(b || '0') ? -1 : 1))[0];
  return { batchItemFailures: earliest === undefined ? [] : [{ itemIdentifier: earliest }] };
});
