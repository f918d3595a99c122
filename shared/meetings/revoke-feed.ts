import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { registrationKey } from '../storage/keys';

/** Raises the feed version: the old feed URL stops working. Returns the new version. */
export async function revokeFeed(registrationId: string): Promise<number> {
  const { Attributes } = await dynamo().send(
    new UpdateCommand({
      TableName: runtimeConfig().REGISTRATIONS_TABLE,
      Key: registrationKey(registrationId),
      UpdateExpression: 'ADD feedVersion :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return Number(Attributes?.feedVersion);
}
