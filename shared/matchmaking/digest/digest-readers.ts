import { runtimeConfig } from '../../config/runtime-config';
import type { RegistrationRecord } from '../../registrations/registration-record';
import { listedInDirectory } from '../../registrations/registration-record';
import { eventDirectoryPartition } from '../../storage/keys';
import { queryAll } from '../../storage/query-all';

/**
 * Who gets the digest: confirmed participants listed in the directory who asked for it. One Query of
 * the event's directory partition (the people who agreed to be found are the people matched), the
 * opt-in filtered server-side.
 */
export async function digestReaders(eventId: string): Promise<RegistrationRecord[]> {
  const records = await queryAll<RegistrationRecord>({
    TableName: runtimeConfig().REGISTRATIONS_TABLE,
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :directory',
    FilterExpression: 'attribute_exists(digestOptInAt)',
    ExpressionAttributeValues: { ':directory': eventDirectoryPartition(eventId) },
  });
  return records.filter((record) => record.entityType === 'registration' && record.erasedAt === undefined && listedInDirectory(record));
}
