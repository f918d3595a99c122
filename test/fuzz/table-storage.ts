import { DynamoDBClient, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand as DocumentScanCommand } from '@aws-sdk/lib-dynamodb';
import { unsettledPartition } from '../../shared/storage/keys';
import type { FuzzStorage } from './run-fuzz';

/** The email a registration records in its own transaction (later ones, e.g. a promotion, are not counted). */
const initialKinds = new Set(['registration-confirmed', 'registration-waitlisted']);

/**
 * Items only background workers create, whenever they get to an earlier request's change: the mailer's
 * pointer from an SES message id to its email (counting it made ~100 false "refused write" reports in
 * 20,000 requests), the recommendations worker's lists, lease and dirty set (issue 23: ~30 in 20,000), and
 * the dashboard's counter shards (issue 21): written only inside the transactions of the changes they
 * count, but the mailer's dead letters and SES feedback create some in the background.
 */
const workerOnlyEntityTypes = ['ses-message', 'recommendations', 'recommendations-lease', 'recommendations-dirty', 'dashboard-counters'];

type TableNames = { registrations: string; meetingRequests: string; confirmations: string };

/** The fuzz oracle's reads of a local stack's tables (endpoint and credentials from the environment). */
export function tableStorage(tableNames: TableNames, settle: () => Promise<void>): FuzzStorage {
  const client = new DynamoDBClient({});
  const documents = DynamoDBDocumentClient.from(client);
  const tables = [tableNames.registrations, tableNames.meetingRequests, tableNames.confirmations];

  /** The items a request can write: everything but the workers' own items. */
  async function countTable(tableName: string): Promise<number> {
    let count = 0;
    let startKey: Record<string, never> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: tableName,
          Select: 'COUNT',
          ConsistentRead: true,
          FilterExpression: `attribute_not_exists(entityType) OR NOT entityType IN (${workerOnlyEntityTypes.map((_, index) => `:workerOnly${index}`).join(', ')})`,
          ExpressionAttributeValues: Object.fromEntries(workerOnlyEntityTypes.map((type, index) => [`:workerOnly${index}`, { S: type }])),
          ExclusiveStartKey: startKey,
        }),
      );
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey as typeof startKey;
    } while (startKey);
    return count;
  }

  return {
    settle,
    countItems: async () => (await Promise.all(tables.map(countTable))).reduce((sum, count) => sum + count, 0),
    async confirmationCounts(registrationIds) {
      const counts = new Map(registrationIds.map((id) => [id, 0]));
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await documents.send(new DocumentScanCommand({ TableName: tableNames.confirmations, ConsistentRead: true, ExclusiveStartKey: startKey }));
        for (const item of page.Items ?? []) {
          const subjectId = item.subjectId as string;
          if (item.entityType === 'confirmation' && counts.has(subjectId) && initialKinds.has(item.message?.kind)) counts.set(subjectId, counts.get(subjectId)! + 1);
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return counts;
    },
  };
}

/** Emails unsettled for longer are the sweeper's business (an SES outage), not the fuzz run's to wait for. */
const recentMs = 30_000;

/**
 * Against `npm start`, whose stream workers run in another process: waits (at most `timeoutMs`) until
 * the outbox holds no email unsettled in the last 30 s (the sweeper's sparse index `gsi3`, sorted by
 * last change), i.e. the mailer has finished with the emails of the requests sent so far. A Query of
 * one item, not a Scan.
 */
export function outboxSettled(confirmationsTable: string, timeoutMs = 3_000): () => Promise<void> {
  const client = new DynamoDBClient({});
  const unsettled = async () =>
    ((await client.send(
      new QueryCommand({
        TableName: confirmationsTable,
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :unsettled AND gsi3sk > :recent',
        ExpressionAttributeValues: { ':unsettled': { S: unsettledPartition }, ':recent': { S: new Date(Date.now() - recentMs).toISOString() } },
        Select: 'COUNT',
        Limit: 1,
      }),
    )).Count ?? 0) > 0;
  return async () => {
    const deadline = Date.now() + timeoutMs;
    while ((await unsettled()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  };
}
