import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { tableNames, tables, type TableDefinition, type TableName } from '../../shared/storage/tables';

const streamViewTypes: Record<NonNullable<TableDefinition['stream']>, StreamViewType> = {
  NEW_IMAGE: StreamViewType.NEW_IMAGE,
};

function createTable(scope: Construct, definition: TableDefinition): Table {
  const table = new Table(scope, definition.logicalName, {
    tableName: `${Stack.of(scope).stackName}-${definition.logicalName}`,
    partitionKey: { name: definition.partitionKey, type: AttributeType.STRING },
    sortKey: { name: definition.sortKey, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
    timeToLiveAttribute: definition.timeToLiveAttribute,
    ...(definition.stream === null ? {} : { stream: streamViewTypes[definition.stream] }),
  });
  for (const index of definition.globalIndexes) {
    table.addGlobalSecondaryIndex({
      indexName: index.indexName,
      partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
      sortKey: { name: index.sortKey, type: AttributeType.STRING },
      projectionType: ProjectionType.ALL,
    });
  }
  return table;
}

/** The DynamoDB tables of shared/storage/tables.ts: on demand, PITR, deletion-protected and retained. */
export class DataTables extends Construct {
  readonly byName: Record<TableName, Table>;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.byName = Object.fromEntries(tableNames.map((name) => [name, createTable(this, tables[name])])) as Record<
      TableName,
      Table
    >;
  }

  /** The table-name environment variables every function validates at load (runtime-config.ts). */
  environment(): Record<string, string> {
    return Object.fromEntries(tableNames.map((name) => [tables[name].environmentVariable, this.byName[name].tableName]));
  }
}
