import { runtimeConfig } from '../config/runtime-config';
import type { ExportLogRecord } from '../organisers/export-log';
import { eventExportsPartition, exportLogKey } from '../storage/keys';
import { queryAll } from '../storage/query-all';
import { writeTransaction } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import type { RegistrationRecord } from './registration-record';

/** Shorter words (initials, "Al") would blank searches that were about somebody else. */
const shortestName = 3;

/** Whether an organiser's search text names the person (a name, the organisation or the address in it). */
export function namesPerson(text: string, record: Pick<RegistrationRecord, 'firstName' | 'lastName' | 'email' | 'organisation'>): boolean {
  const haystack = text.toLowerCase();
  return [record.firstName, record.lastName, record.email, record.organisation]
    .map((value) => value.trim().toLowerCase())
    .some((value) => value.length >= shortestName && haystack.includes(value));
}

/**
 * The export log keeps each export's filters, and the console's text search (`q`) may be the
 * person's name or address: such a filter value is blanked (who exported what, when and how many
 * rows stay). Run before the erasure's transaction, while the record still says who they are; one
 * Query of the event's export log (`gsi1`), which grows with the organisers' exports, not the table.
 */
export async function eraseFromExportLog(record: RegistrationRecord): Promise<number> {
  const exports = await queryAll<ExportLogRecord>({
    TableName: runtimeConfig().REGISTRATIONS_TABLE,
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :pk',
    ExpressionAttributeValues: { ':pk': eventExportsPartition(record.eventId) },
  });
  let scrubbed = 0;
  for (const entry of exports) {
    const named = Object.entries(entry.filter ?? {}).filter(([, value]) => namesPerson(value, record));
    if (named.length === 0) continue;
    const update = new UpdateBuilder();
    for (const [key] of named) update.set(`filter.${key}`, '');
    await writeTransaction([{ Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: exportLogKey(entry.exportId), ...update.build() } }]);
    scrubbed += 1;
  }
  return scrubbed;
}
