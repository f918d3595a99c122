import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { registrationKey } from '../storage/keys';
import { fullName } from './admin-records';

export interface ParticipantName {
  name: string;
  organisation: string;
}

const batchSize = 100;

/** Names and organisations of registrations, by BatchGetItem (100 keys a call; unprocessed keys retried). */
export async function participantNames(registrationIds: Iterable<string>): Promise<Map<string, ParticipantName>> {
  const table = runtimeConfig().REGISTRATIONS_TABLE;
  const ids = [...new Set(registrationIds)];
  const names = new Map<string, ParticipantName>();
  for (let start = 0; start < ids.length; start += batchSize) {
    let keys: Record<string, unknown>[] | undefined = ids.slice(start, start + batchSize).map(registrationKey);
    while (keys && keys.length > 0) {
      const { Responses, UnprocessedKeys }: BatchGetCommandOutput = await dynamo().send(
        new BatchGetCommand({ RequestItems: { [table]: { Keys: keys, ProjectionExpression: 'registrationId, firstName, lastName, organisation' } } }),
      );
      for (const item of Responses?.[table] ?? []) {
        names.set(item.registrationId, { name: fullName(item as { firstName: string; lastName: string }), organisation: item.organisation });
      }
      keys = UnprocessedKeys?.[table]?.Keys;
    }
  }
  return names;
}
