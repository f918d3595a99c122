import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { dynamo } from '../storage/dynamo-client';
import { organiserSessionKey } from '../storage/keys';
import { newOrganiserSession, parseOrganiserSessionToken, sessionAdmits, type OrganiserSessionRecord } from './organiser-session';

const table = () => runtimeConfig().REGISTRATIONS_TABLE;

/** Opens a session for the organiser key `keyId` of `eventId`; returns the token (shown once) and its record. */
export async function openOrganiserSession(args: { eventId: string; keyId: string; now?: Date }): Promise<{ token: string; record: OrganiserSessionRecord }> {
  const session = newOrganiserSession({ ...args, now: args.now ?? new Date() });
  await dynamo().send(new PutCommand({ TableName: table(), Item: session.record, ConditionExpression: 'attribute_not_exists(pk)' }));
  return session;
}

/** The live (not expired, not revoked) session of `token`, if any: a strongly consistent read, so a sign-out holds at once. */
export async function findLiveOrganiserSession(token: string, now = new Date()): Promise<OrganiserSessionRecord | undefined> {
  const parsed = parseOrganiserSessionToken(token);
  if (parsed === undefined) return undefined;
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: organiserSessionKey(parsed.sessionId), ConsistentRead: true }));
  const record = Item as OrganiserSessionRecord | undefined;
  return sessionAdmits(record, parsed.secret, now) ? record : undefined;
}

/** Revokes a session of `eventId` (idempotent); 404 when the event has no such session. */
export async function revokeOrganiserSession(eventId: string, sessionId: string, now = new Date()): Promise<void> {
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: table(),
        Key: organiserSessionKey(sessionId),
        UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :now)',
        ConditionExpression: 'attribute_exists(pk) AND eventId = :eventId',
        ExpressionAttributeValues: { ':now': now.toISOString(), ':eventId': eventId },
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) throw new DomainError('not-found', 'no-such-session', 'This event has no such console session.');
    throw error;
  }
}
