import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTables, physicalTableNames } from '../../local/create-tables';
import { localFunctionEnvironment } from '../../local/local-environment';
import { withLocalServices } from '../local-services';
import type { DatasetSize, TableNames } from './synthetic-dataset';

/** The two events the organiser-read benchmarks generate: 500 and 5,000 registrations. */
export const organiserDatasetSizes: DatasetSize[] = [
  { registrations: 500, meetings: 300, press: 10 },
  { registrations: 5_000, meetings: 3_000, press: 100 },
];

/** Its own DynamoDB Local and fresh tables, with the functions' modules pointed at them through `process.env`. */
export function withBenchTables<T>(prefix: string, work: (tableNames: TableNames) => Promise<T>): Promise<T> {
  return withLocalServices(async (services) => {
    const tableNames = physicalTableNames(`${prefix}-${process.pid}`);
    Object.assign(process.env, localFunctionEnvironment({ ...services, tableNames, publicBaseUrl: 'http://localhost' }), { LOG_LEVEL: 'warn' });
    const client = new DynamoDBClient({});
    try {
      await createTables(client, tableNames);
    } finally {
      client.destroy();
    }
    return work(tableNames);
  });
}
