import { BatchGetCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { queryAll } from '../storage/query-all';
import { eventWaitlistPartition, registrationKey, sortableNumber } from '../storage/keys';
import type { RegistrationRecord } from './registration-record';

const table = () => runtimeConfig().REGISTRATIONS_TABLE;

export async function findRegistration(registrationId: string): Promise<RegistrationRecord | undefined> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: registrationKey(registrationId), ConsistentRead: true }));
  return Item as RegistrationRecord | undefined;
}

/** 1 + the number of people still waiting with an earlier ticket. */
export async function waitlistPosition(record: RegistrationRecord): Promise<number | undefined> {
  if (record.status !== 'waitlisted' || record.waitlistTicket === undefined) return undefined;
  const { Count } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :waitlist AND gsi2sk < :ticket',
      ExpressionAttributeValues: { ':waitlist': eventWaitlistPartition(record.eventId), ':ticket': sortableNumber(record.waitlistTicket) },
      Select: 'COUNT',
    }),
  );
  return (Count ?? 0) + 1;
}

/**
 * The waiting-list positions of the waitlisted among `records` (one event's), by registration id, as
 * `waitlistPosition` counts them: one Query of the waiting list's keys up to the last of them (a page of
 * the console's list), not one COUNT per person.
 */
export async function waitlistPositions(records: readonly RegistrationRecord[]): Promise<Map<string, number>> {
  const waiting = records.filter((record) => record.status === 'waitlisted' && record.waitlistTicket !== undefined);
  if (waiting.length === 0) return new Map();
  const tickets = (
    await queryAll<{ gsi2sk: string }>({
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :waitlist AND gsi2sk <= :last',
      ExpressionAttributeValues: { ':waitlist': eventWaitlistPartition(waiting[0]!.eventId), ':last': sortableNumber(Math.max(...waiting.map((record) => record.waitlistTicket!))) },
      ProjectionExpression: 'gsi2sk',
    })
  ).map((item) => item.gsi2sk);
  const positionOf = (ticket: string) => tickets.filter((earlier) => earlier < ticket).length + 1;
  return new Map(waiting.map((record) => [record.registrationId, positionOf(sortableNumber(record.waitlistTicket!))]));
}

/**
 * The person at the head of the waiting list, read back consistently: the index may lag behind
 * a promotion or a cancellation, so candidates are checked against their own item.
 */
export async function firstWaitlisted(eventId: string, excludingId: string): Promise<RegistrationRecord | undefined> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :waitlist',
      ExpressionAttributeValues: { ':waitlist': eventWaitlistPartition(eventId) },
      ProjectionExpression: 'pk, sk',
      Limit: 10,
    }),
  );
  const keys = Items.map(({ pk, sk }) => ({ pk, sk })).filter(({ pk }) => pk !== registrationKey(excludingId).pk);
  if (keys.length === 0) return undefined;
  const { Responses } = await dynamo().send(
    new BatchGetCommand({ RequestItems: { [table()]: { Keys: keys, ConsistentRead: true } } }),
  );
  const candidates = ((Responses?.[table()] ?? []) as RegistrationRecord[]).filter((record) => record.status === 'waitlisted');
  return candidates.sort((a, b) => (a.waitlistTicket ?? 0) - (b.waitlistTicket ?? 0))[0];
}
