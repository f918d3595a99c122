import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import { retentionExpiry } from '../registrations/registration-record';
import { dynamo } from '../storage/dynamo-client';
import { eventExportsPartition } from '../storage/keys';
import { newExportLogRecord, type ExportAudit, type ExportLogRecord } from './export-log';

const table = () => runtimeConfig().REGISTRATIONS_TABLE;

/** Writes the export down; the CSV is served only once this succeeded. */
export async function recordExport(event: EventDefinition, audit: ExportAudit, rows: number, now = new Date()): Promise<void> {
  await dynamo().send(new PutCommand({ TableName: table(), Item: newExportLogRecord(audit, rows, now, retentionExpiry(event)), ConditionExpression: 'attribute_not_exists(pk)' }));
}

/** The event's exports, newest first (one Query of `gsi1` `EVENT#<e>#EXPORTS`). */
export async function latestExports(eventId: string, limit: number): Promise<ExportLogRecord[]> {
  const { Items } = await dynamo().send(
    new QueryCommand({
      TableName: table(),
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': eventExportsPartition(eventId) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (Items ?? []) as ExportLogRecord[];
}
