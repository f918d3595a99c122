import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { pressAccreditationKey, type PressAccreditationRecord } from './press-record';

export async function findPressAccreditation(accreditationId: string): Promise<PressAccreditationRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: pressAccreditationKey(accreditationId), ConsistentRead: true }),
  );
  return Item as PressAccreditationRecord | undefined;
}
