import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { generateOrganiserKey, hashOrganiserKey, newOrganiserKeyRecord, organiserKeyKey, type KeyRole, type OrganiserKeyRecord } from './organiser-key';

const table = () => runtimeConfig().REGISTRATIONS_TABLE;

/** Stores the hash of `key` (a given one, e.g. ORGANISER_KEY locally, or a new one) and returns the key. */
export async function createOrganiserKey(args: { eventId: string; label: string; key?: string; now?: Date; role?: KeyRole }): Promise<{ key: string; record: OrganiserKeyRecord }> {
  const key = args.key ?? generateOrganiserKey(args.role);
  const record = newOrganiserKeyRecord(key, args.eventId, args.label, (args.now ?? new Date()).toISOString(), args.role);
  await dynamo().send(new PutCommand({ TableName: table(), Item: record }));
  return { key, record };
}

/** The stored key whose hash matches `key` (access pattern 15), if any. */
export async function findOrganiserKey(key: string): Promise<OrganiserKeyRecord | undefined> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: organiserKeyKey(hashOrganiserKey(key)) }));
  return Item as OrganiserKeyRecord | undefined;
}
