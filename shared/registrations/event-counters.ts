import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { eventCountersKey } from '../storage/keys';
import { backoff } from '../storage/transactions';

/**
 * Seats taken per event, kept in one small item beside the event definition so that every
 * registration transaction can condition on them cheaply. Invariant: nobody waits while a seat
 * is free (cancellations promote in the same transaction).
 */
export interface EventCounters {
  /**
   * The capacity the seat rule holds against, written by every capacity change before the event
   * definition is saved; absent for an event whose capacity never changed (the definition's then).
   */
  capacity?: number;
  confirmedCount: number;
  /** People waiting now. */
  waitlistedCount: number;
  /** Waiting-list tickets ever issued: the FIFO order. */
  waitlistTicketCount: number;
  /** Tickets no longer waiting (promoted, cancelled, or issued to a request that then failed). */
  waitlistLeftCount: number;
  /** Seats taken per programme item with its own capacity. */
  programmeSeats: Record<string, number>;
  /** People checked in at the door, counted in the check-in transaction (docs/check-in.md). */
  checkedInCount: number;
}

/** Programme seats are top-level attributes (`programme:<itemId>`) so a new item needs no map to exist. */
const programmeSeatsPrefix = 'programme:';
export const programmeSeatsAttribute = (itemId: string) => `${programmeSeatsPrefix}${itemId}`;

export async function readCounters(eventId: string): Promise<EventCounters> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: eventCountersKey(eventId), ConsistentRead: true }),
  );
  return {
    ...(Item?.capacity === undefined ? {} : { capacity: Number(Item.capacity) }),
    confirmedCount: Number(Item?.confirmedCount ?? 0),
    waitlistedCount: Number(Item?.waitlistedCount ?? 0),
    waitlistTicketCount: Number(Item?.waitlistTicketCount ?? 0),
    waitlistLeftCount: Number(Item?.waitlistLeftCount ?? 0),
    checkedInCount: Number(Item?.checkedInCount ?? 0),
    programmeSeats: Object.fromEntries(
      Object.entries(Item ?? {})
        .filter(([name]) => name.startsWith(programmeSeatsPrefix))
        .map(([name, value]) => [name.slice(programmeSeatsPrefix.length), Number(value)]),
    ),
  };
}

/** The capacity in force: the counters' (always the newest) when a change wrote it. */
export const capacityInForce = (event: { capacity: number }, counters: EventCounters): number => counters.capacity ?? event.capacity;

/**
 * Issues the next waiting-list ticket with one atomic increment, so concurrent newcomers queue
 * without retrying each other out. The position is the ticket less the tickets already gone.
 */
export async function issueWaitlistTicket(eventId: string): Promise<{ ticket: number; position: number }> {
  const { Attributes } = await dynamo().send(
    new UpdateCommand({
      TableName: runtimeConfig().REGISTRATIONS_TABLE,
      Key: eventCountersKey(eventId),
      UpdateExpression: 'ADD waitlistTicketCount :one',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'ALL_NEW',
    }),
  );
  const ticket = Number(Attributes?.waitlistTicketCount);
  return { ticket, position: ticket - Number(Attributes?.waitlistLeftCount ?? 0) };
}

const voidAttempts = 5;

/**
 * Records that a ticket stopped waiting without a counted departure (its registration was refused or
 * failed). The database that just failed or refused the write may fail this too (DynamoDB Local's lock
 * time-outs come in bursts): asked again after a pause, since a ticket never recorded as left shifts
 * every later 201's and email's position by one. Given up silently after that: the registration's own
 * outcome is what the client gets, and `GET` positions are recomputed from the list.
 */
export async function voidWaitlistTicket(eventId: string): Promise<void> {
  const update = new UpdateCommand({
    TableName: runtimeConfig().REGISTRATIONS_TABLE,
    Key: eventCountersKey(eventId),
    UpdateExpression: 'ADD waitlistLeftCount :one',
    ExpressionAttributeValues: { ':one': 1 },
  });
  for (let attempt = 0; attempt < voidAttempts; attempt += 1) {
    try {
      await dynamo().send(update);
      return;
    } catch {
      await backoff(attempt);
    }
  }
}
