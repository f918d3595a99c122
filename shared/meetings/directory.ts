import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DirectoryEntry } from '../api/meeting-api';
import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import type { RegistrationRecord } from '../registrations/registration-record';
import { decodeCursor, encodeCursor } from '../storage/cursor';
import { dynamo } from '../storage/dynamo-client';
import { eventDirectoryPartition } from '../storage/keys';

export interface DirectoryFilters {
  sector?: string;
  country?: string;
  participantType?: string;
  q?: string;
}

const projection = ['registrationId', 'firstName', 'lastName', 'organisation', 'clusterId', 'country', 'participantType', 'sectors', 'profile', 'pk', 'sk', 'gsi2pk', 'gsi2sk'];

function filterExpression(filters: DirectoryFilters) {
  const clauses: string[] = [];
  const values: Record<string, unknown> = {};
  if (filters.sector) (clauses.push('contains(sectors, :sector)'), (values[':sector'] = filters.sector));
  if (filters.country) (clauses.push('#p5 = :country'), (values[':country'] = filters.country));
  if (filters.participantType) (clauses.push('#p6 = :type'), (values[':type'] = filters.participantType));
  if (filters.q) (clauses.push('contains(searchText, :q)'), (values[':q'] = filters.q.toLowerCase()));
  return clauses.length === 0 ? {} : { FilterExpression: clauses.join(' AND '), values };
}

/** What the directory shows of a participant: never email, phone or anything private. */
export function toDirectoryEntry(event: EventDefinition, record: RegistrationRecord): DirectoryEntry {
  const cluster = event.clusters.find((candidate) => candidate.id === record.clusterId);
  return {
    registrationId: record.registrationId,
    firstName: record.firstName,
    lastName: record.lastName,
    organisation: record.organisation,
    ...(cluster ? { clusterId: cluster.id, cluster: cluster.name } : {}),
    country: record.country,
    participantType: record.participantType,
    sectors: record.sectors,
    offer: record.profile.offer,
    request: record.profile.request,
    offerTags: record.profile.offerTags ?? [],
    requestTags: record.profile.requestTags ?? [],
  };
}

/**
 * One page of the event's directory (confirmed participants who opted in), by name, filtered.
 * Reads only the event's directory partition; filtered pages are topped up until full or done.
 */
export async function directoryPage(event: EventDefinition, filters: DirectoryFilters, limit: number, cursor?: string) {
  const { FilterExpression, values } = filterExpression(filters);
  const entries: DirectoryEntry[] = [];
  let startKey: Record<string, unknown> | undefined = decodeCursor(cursor, ['pk', 'sk', 'gsi2pk', 'gsi2sk'], { attribute: 'gsi2pk', value: eventDirectoryPartition(event.id) });
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: runtimeConfig().REGISTRATIONS_TABLE,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :directory',
        ExpressionAttributeValues: { ':directory': eventDirectoryPartition(event.id), ...values },
        ...(FilterExpression ? { FilterExpression } : {}),
        ProjectionExpression: projection.map((_, index) => `#p${index}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(projection.map((name, index) => [`#p${index}`, name])),
        Limit: limit - entries.length,
        ExclusiveStartKey: startKey,
      }),
    );
    entries.push(...((page.Items ?? []) as RegistrationRecord[]).map((record) => toDirectoryEntry(event, record)));
    startKey = page.LastEvaluatedKey;
  } while (startKey && entries.length < limit);
  const nextCursor = encodeCursor(startKey);
  return { participants: entries, ...(nextCursor ? { nextCursor } : {}) };
}
