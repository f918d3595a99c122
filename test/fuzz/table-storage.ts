import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand as DocumentScanCommand } from '@aws-sdk/lib-dynamodb';
import type { FuzzStorage } from './run-fuzz';

/** The email a registration records in its own transaction (later ones, e.g. a promotion, are not counted). */
const initialKinds = new Set(['registration-confirmed', 'registration-waitlisted']);

/** The fuzz oracle's reads of a local stack's tables (endpoint and credentials from the environment). */
export function tableStorage(tableNames: { registrations: string; meetingRequests: string; confirmations: string }, settle: () => Promise<void>): FuzzStorage {
  const client = new DynamoDBClient({});
  const documents = DynamoDBDocumentClient.from(client);
  const tables = [tableNames.registrations, tableNames.meetingRequests, tableNames.confirmations];

  async function countTable(tableName: string): Promise<number> {
    let count = 0;
    let startKey: Record<string, never> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT', ConsistentRead: true, ExclusiveStartKey: startKey }));
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
