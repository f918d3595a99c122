import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { doorSearchesPerMinute } from '../api/check-in-api';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { dynamo } from '../storage/dynamo-client';
import { doorSearchCountKey } from '../storage/keys';

/** The count per key and minute is also the trace of who searched how much, kept for a day. */
const KEPT_SECONDS = 24 * 60 * 60;

/** Counts one search for `keyId`, or refuses it (429, Retry-After: the rest of the minute) past the allowance. */
export async function takeDoorSearch(keyId: string, now: Date): Promise<void> {
  const minute = now.toISOString().slice(0, 16);
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: runtimeConfig().REGISTRATIONS_TABLE,
        Key: doorSearchCountKey(keyId, minute),
        UpdateExpression: 'ADD searches :one SET entityType = :type, expiresAt = if_not_exists(expiresAt, :expires)',
        ConditionExpression: 'attribute_not_exists(searches) OR searches < :allowed',
        ExpressionAttributeValues: { ':one': 1, ':type': 'door-search-count', ':expires': Math.floor(now.getTime() / 1000) + KEPT_SECONDS, ':allowed': doorSearchesPerMinute },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const secondsLeft = 60 - now.getUTCSeconds();
    throw new DomainError('too-many', 'too-many-searches', `This key ran ${doorSearchesPerMinute} searches this minute: search again in ${secondsLeft} s.`, [], secondsLeft);
  }
}
