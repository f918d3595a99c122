import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { describeError, log } from '../logging/logger';
import { dynamo } from '../storage/dynamo-client';
import { recommendationLeaseKey } from '../storage/keys';

/** Longer than the worker's Lambda timeout: a worker that dies holding it is only waited for that long. */
export const leaseSeconds = 150;
const waitForLeaseMs = 10_000;
const pollMs = 200;

async function tryAcquire(eventId: string, owner: string, now: number): Promise<boolean> {
  try {
    await dynamo().send(
      new PutCommand({
        TableName: runtimeConfig().REGISTRATIONS_TABLE,
        Item: { ...recommendationLeaseKey(eventId), entityType: 'recommendations-lease', owner, leaseUntil: now + leaseSeconds * 1000 },
        ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now',
        ExpressionAttributeValues: { ':now': now },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Gives the lease back. A release that keeps failing is logged, not thrown: the work is done, and the
 * lease runs out by itself (`leaseSeconds`); throwing would only make the stream redo the work.
 * (Measured: one failed release under a burst held every other worker off for 150 s.)
 */
async function release(eventId: string, owner: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await deleteLease(eventId, owner);
      return;
    } catch (error) {
      if (attempt === 4) {
        log.warn('recommendations lease not released; it expires by itself', { eventId, ...describeError(error) });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}

async function deleteLease(eventId: string, owner: string): Promise<void> {
  try {
    await dynamo().send(
      new DeleteCommand({
        TableName: runtimeConfig().REGISTRATIONS_TABLE,
        Key: recommendationLeaseKey(eventId),
        ConditionExpression: '#owner = :owner',
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owner },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

export class LeaseBusyError extends Error {}

/** Runs `work` if the event's lease is free now (`{ value }`); `undefined`, without waiting, when another worker holds it. */
export async function ifLeaseFree<T>(eventId: string, work: () => Promise<T>): Promise<{ value: T } | undefined> {
  const owner = randomUUID();
  if (!(await tryAcquire(eventId, owner, Date.now()))) return undefined;
  try {
    return { value: await work() };
  } finally {
    await release(eventId, owner);
  }
}

/**
 * Runs `work` while holding the event's recommendations lease. Lists are read, changed and written
 * back whole, so two workers (stream shards run in parallel) updating one event at once would lose
 * each other's changes; with the lease they take turns. Waits a few seconds for a busy lease, then
 * throws: the stream retries the records later.
 */
export async function withRecommendationLease<T>(eventId: string, work: () => Promise<T>): Promise<T> {
  const owner = randomUUID();
  const deadline = Date.now() + waitForLeaseMs;
  while (!(await tryAcquire(eventId, owner, Date.now()))) {
    if (Date.now() > deadline) throw new LeaseBusyError(`recommendations of ${eventId} are being updated by another worker`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  try {
    return await work();
  } finally {
    await release(eventId, owner);
  }
}
