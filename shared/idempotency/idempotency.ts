import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { dynamo } from '../storage/dynamo-client';
import { idempotencyKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';

/** How long a key is remembered; the issue asks for at least 24 h. */
export const idempotencyLifetimeSeconds = 48 * 3600;

export interface Idempotency {
  /** Separates keys of different operations and events. */
  scope: string;
  key: string;
  requestHash: string;
}

export interface StoredResponse {
  status: number;
  /** Without secrets: the route adds them back (they are derived, never stored). */
  body: Record<string, unknown>;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Fingerprint of a request body, independent of key order. */
export const requestHash = (body: unknown): string => createHash('sha256').update(stableJson(body)).digest('base64url');

/**
 * The response recorded for this key, if any. The same key with a different body is refused:
 * the client reused a key for another request.
 */
export async function recordedResponse(idempotency: Idempotency, now: Date): Promise<StoredResponse | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: runtimeConfig().REGISTRATIONS_TABLE,
      Key: idempotencyKey(idempotency.scope, idempotency.key),
      ConsistentRead: true,
    }),
  );
  if (Item === undefined || Number(Item.expiresAt) <= now.getTime() / 1000) return undefined;
  if (Item.requestHash !== idempotency.requestHash) {
    throw new DomainError(
      'unprocessable',
      'idempotency-key-reused',
      'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
    );
  }
  return Item.response as StoredResponse;
}

/** Records the response in the same transaction as the change it describes. */
export function putRecordedResponse(idempotency: Idempotency, response: StoredResponse, now: Date): TransactionItem {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  return {
    Put: {
      TableName: runtimeConfig().REGISTRATIONS_TABLE,
      Item: {
        ...idempotencyKey(idempotency.scope, idempotency.key),
        entityType: 'idempotency',
        requestHash: idempotency.requestHash,
        response,
        createdAt: now.toISOString(),
        expiresAt: nowSeconds + idempotencyLifetimeSeconds,
      },
      ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
      ExpressionAttributeValues: { ':now': nowSeconds },
    },
  };
}
