import { doorSearchLimit, type DoorSearchResult } from '../api/check-in-api';
import { runtimeConfig } from '../config/runtime-config';
import { queryMatching } from '../organisers/partition-query';
import { registrationSearch } from '../organisers/registration-search';
import type { RegistrationRecord } from '../registrations/registration-record';
import { eventRegistrationsPartition } from '../storage/keys';

type Found = Pick<RegistrationRecord, 'registrationId' | 'firstName' | 'lastName' | 'organisation' | 'status' | 'checkedInAt' | 'erasedAt'>;

/**
 * What the Query reads: the words searched (email included), the door's answer, and the index keys a
 * page's continuation needs. The rest of the person (phone, profile, ticket code…) never leaves DynamoDB.
 */
const projection = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'registrationId', 'firstName', 'lastName', 'email', 'organisation', 'status', 'checkedInAt', 'erasedAt'];

/**
 * The door's search for an attendee without their ticket: the console's search (name, organisation or
 * email; any case, any accents) over the event's registrations partition, answering only what the door
 * needs. One more match than the list shows is read, to say whether there are more.
 */
export async function searchAtTheDoor(eventId: string, q: string): Promise<DoorSearchResult> {
  const matches = registrationSearch(q);
  const page = await queryMatching<Found>(
    {
      tableName: runtimeConfig().REGISTRATIONS_TABLE,
      partition: eventRegistrationsPartition(eventId),
      projection,
      // Erased registrations have empty names and no email, so they cannot match; said here all the same.
      keep: (item) => item.erasedAt === undefined && matches(item),
    },
    doorSearchLimit + 1,
  );
  const items = page.items.slice(0, doorSearchLimit).map((found) => ({
    registrationId: found.registrationId,
    firstName: found.firstName,
    lastName: found.lastName,
    organisation: found.organisation,
    status: found.status,
    ...(found.checkedInAt === undefined ? {} : { checkedInAt: found.checkedInAt }),
  }));
  const byName = new Intl.Collator(undefined, { sensitivity: 'base' });
  items.sort((a, b) => byName.compare(a.lastName, b.lastName) || byName.compare(a.firstName, b.firstName));
  return { items, more: page.items.length > doorSearchLimit };
}
