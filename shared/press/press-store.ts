import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../domain-error';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { pressAccreditationKey, type PressAccreditationRecord } from './press-record';

export async function findPressAccreditation(accreditationId: string): Promise<PressAccreditationRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: pressAccreditationKey(accreditationId), ConsistentRead: true }),
  );
  return Item as PressAccreditationRecord | undefined;
}

/** The accreditation request a link names, or 404 (it was erased, or never existed). */
export async function requirePressAccreditation(accreditationId: string): Promise<PressAccreditationRecord> {
  const record = await findPressAccreditation(accreditationId);
  if (!record) throw new DomainError('not-found', 'accreditation-not-found', 'There is no such accreditation request.');
  return record;
}
