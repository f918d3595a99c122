import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TestApp } from './test-app';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

/** Every item of an index partition (tests only; the product never reads like this). */
export async function queryAll(tableName: string, indexName: string, partitionAttribute: string, partition: string) {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: indexName,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': partitionAttribute },
        ExpressionAttributeValues: { ':p': partition },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

export async function getItem(tableName: string, key: Record<string, string>) {
  return (await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item;
}

export const registrationsOf = (app: TestApp, eventId: string) => queryAll(app.tableNames.registrations, 'gsi1', 'gsi1pk', `EVENT#${eventId}#REGISTRATIONS`);
export const confirmationsOf = (app: TestApp, eventId: string) => queryAll(app.tableNames.confirmations, 'gsi1', 'gsi1pk', `EVENT#${eventId}#CONFIRMATIONS`);

/** Every item of a table (tests only: checking invariants over everything written). */
export async function scanAll(tableName: string) {
  const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
