import { runtimeConfig } from '../config/runtime-config';
import { batchGetAll } from '../storage/batch-get';
import { registrationKey } from '../storage/keys';
import { fullName } from './admin-records';

export interface ParticipantName {
  name: string;
  organisation: string;
}

interface NameItem {
  registrationId: string;
  firstName: string;
  lastName: string;
  organisation: string;
}

/** Names and organisations of registrations, read in batches. */
export async function participantNames(registrationIds: Iterable<string>): Promise<Map<string, ParticipantName>> {
  const keys = [...new Set(registrationIds)].map(registrationKey);
  const items = await batchGetAll<NameItem>(runtimeConfig().REGISTRATIONS_TABLE, keys, { projection: 'registrationId, firstName, lastName, organisation' });
  return new Map(items.map((item) => [item.registrationId, { name: fullName(item), organisation: item.organisation }]));
}
