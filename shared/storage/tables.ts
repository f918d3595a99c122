/**
 * The DynamoDB tables, described once: the CDK stack provisions them from here and the local
 * runner creates them in DynamoDB Local from here. See docs/data-model.md for what lives where.
 */
export type TableName = 'registrations' | 'meetingRequests' | 'confirmations';

export interface IndexDefinition {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

export interface TableDefinition {
  /** Physical name suffix; the stack and the local runner prefix it. */
  logicalName: string;
  /** Environment variable through which functions learn the physical table name. */
  environmentVariable: string;
  partitionKey: 'pk';
  sortKey: 'sk';
  globalIndexes: IndexDefinition[];
  timeToLiveAttribute: 'expiresAt';
  stream: 'NEW_IMAGE' | null;
}

const twoGenericIndexes: IndexDefinition[] = [
  { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
];

export const tables: Record<TableName, TableDefinition> = {
  registrations: {
    logicalName: 'Registrations',
    environmentVariable: 'REGISTRATIONS_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    globalIndexes: twoGenericIndexes,
    timeToLiveAttribute: 'expiresAt',
    // Feeds the recommendations worker (issue 23); its filter lets only registrations and events through.
    stream: 'NEW_IMAGE',
  },
  meetingRequests: {
    logicalName: 'MeetingRequests',
    environmentVariable: 'MEETING_REQUESTS_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    globalIndexes: twoGenericIndexes,
    timeToLiveAttribute: 'expiresAt',
    stream: 'NEW_IMAGE',
  },
  confirmations: {
    logicalName: 'Confirmations',
    environmentVariable: 'CONFIRMATIONS_TABLE',
    partitionKey: 'pk',
    sortKey: 'sk',
    // gsi3 is sparse: only emails not yet settled (pending, sending, retrying) are in it, by last
    // change, so the sweeper finds those left behind with one Query (docs/emails.md, "Lifecycle").
    globalIndexes: [...twoGenericIndexes, { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' }],
    timeToLiveAttribute: 'expiresAt',
    stream: 'NEW_IMAGE',
  },
};

export const tableNames = Object.keys(tables) as TableName[];
