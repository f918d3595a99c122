import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from './dynamo-client';
import { readinessProbeKey } from './keys';

/**
 * The cheapest call that proves the function can use its main table: a strongly consistent read
 * of a key that is never written (half a read unit; no table scan, no DescribeTable permission).
 * Throws what the SDK throws.
 */
export async function checkDatabase(): Promise<void> {
  await dynamo().send(new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: readinessProbeKey, ProjectionExpression: 'pk' }));
}
