import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { dynamo } from '../storage/dynamo-client';
import { eventCountersKey } from '../storage/keys';
import { backoff, writeTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { promotionItems } from './cancel-registration';
import { programmeSeatsAttribute, readCounters, type EventCounters } from './event-counters';
import type { RegistrationRecord } from './registration-record';
import { firstWaitlisted } from './registration-store';
import { itemsWithCapacity } from './validate-against-event';

const maxAttempts = 60;

/**
 * Writes the new capacity into the event's counters, refused (409 naming `capacity`) below the
 * confirmed count: seats given are not taken back. From then on every registration conditions on
 * this value, so one racing the change retries with the new capacity instead of contradicting it.
 */
export async function setCapacity(eventId: string, capacity: number): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: runtimeConfig().REGISTRATIONS_TABLE,
        Key: eventCountersKey(eventId),
        UpdateExpression: 'SET #capacity = :capacity',
        ConditionExpression: 'attribute_not_exists(#confirmed) OR #confirmed <= :capacity',
        ExpressionAttributeNames: { '#capacity': 'capacity', '#confirmed': 'confirmedCount' },
        ExpressionAttributeValues: { ':capacity': capacity },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const { confirmedCount } = await readCounters(eventId);
    throw new DomainError('conflict', 'capacity-below-confirmed', `${confirmedCount} attendees are confirmed; the capacity cannot be lower.`, [
      { path: 'capacity', message: `must be at least ${confirmedCount}, the attendees already confirmed` },
    ]);
  }
}

/** The promoted person's programme: the wishes that still have a seat. */
function programmeWithSeats(event: EventDefinition, counters: EventCounters, promoted: RegistrationRecord): string[] {
  return promoted.programme.filter((itemId) => {
    const item = itemsWithCapacity(event, [itemId])[0];
    return item === undefined || (counters.programmeSeats[itemId] ?? 0) < item.capacity;
  });
}

/** One seat to the first in line: counters, registration and email in one transaction. */
function promotionTransaction(event: EventDefinition, counters: EventCounters, promoted: RegistrationRecord, now: string): TransactionItem[] {
  const programme = programmeWithSeats(event, counters, promoted);
  const update = new UpdateBuilder()
    .increment('confirmedCount', 1)
    .increment('waitlistedCount', -1)
    .increment('waitlistLeftCount', 1)
    .when((path) => `${path('confirmedCount')} < ${path('capacity')}`)
    .whenCount('waitlistedCount', '=', counters.waitlistedCount);
  for (const item of itemsWithCapacity(event, programme)) {
    const attribute = programmeSeatsAttribute(item.id);
    update.increment(attribute, 1).whenCount(attribute, '=', counters.programmeSeats[item.id] ?? 0);
  }
  const counterItem: TransactionItem = { Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: eventCountersKey(event.id), ...update.build() } };
  return [counterItem, ...promotionItems(promoted, programme, now)];
}

/**
 * Gives free seats to the waiting list in ticket order until no seat is free or nobody waits
 * (after a capacity rise), so "nobody waits while a seat is free" holds again. Each promotion is
 * its own transaction with the person's email; a lost race is re-read and retried.
 * Returns the ids promoted, in order.
 */
export async function promoteWhileSeatsFree(event: EventDefinition, now: Date): Promise<string[]> {
  const promoted: string[] = [];
  for (let attempt = 0; attempt < maxAttempts; ) {
    const counters = await readCounters(event.id);
    const capacity = counters.capacity ?? event.capacity;
    if (counters.confirmedCount >= capacity || counters.waitlistedCount === 0) return promoted;
    const first = await firstWaitlisted(event.id, '');
    const outcome = first === undefined ? undefined : await writeTransaction(promotionTransaction(event, counters, first, now.toISOString()));
    if (first !== undefined && outcome?.committed) {
      promoted.push(first.registrationId);
      continue;
    }
    await backoff(attempt);
    attempt += 1;
  }
  throw new DomainError('busy', 'busy', 'The waiting list is changing too fast; the capacity is saved, retry to promote the rest.');
}
