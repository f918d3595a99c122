import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import { tables, type TableDefinition, type TableName } from '../shared/storage/tables';

export type PhysicalTableNames = Record<TableName, string>;

export function physicalTableNames(prefix: string): PhysicalTableNames {
  return Object.fromEntries(
    Object.entries(tables).map(([name, definition]) => [name, `${prefix}-${definition.logicalName}`]),
  ) as PhysicalTableNames;
}

function createTableInput(tableName: string, definition: TableDefinition): CreateTableCommandInput {
  const keyAttributes = [definition.partitionKey, definition.sortKey];
  const indexAttributes = definition.globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey]);
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...keyAttributes, ...indexAttributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: definition.partitionKey, KeyType: 'HASH' },
      { AttributeName: definition.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: definition.globalIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    ...(definition.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream } } : {}),
  };
}

/** Creates the tables described in shared/storage/tables.ts (the ones CDK deploys); existing ones are kept. */
export async function createTables(client: DynamoDBClient, names: PhysicalTableNames): Promise<void> {
  for (const [name, definition] of Object.entries(tables) as [TableName, TableDefinition][]) {
    try {
      await client.send(new CreateTableCommand(createTableInput(names[name], definition)));
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: names[name],
          TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
        }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    await client.send(new DescribeTableCommand({ TableName: names[name] }));
  }
}
