import type { DirectoryEntry } from '../api/meeting-api';
import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import type { FieldError } from '../http/problem';
import type { RegistrationRecord } from '../registrations/registration-record';
import { eventQueryErrors } from '../registrations/validate-against-event';
import { decodeCursor, encodeCursor } from '../storage/cursor';
import { eventDirectoryPartition } from '../storage/keys';
import { projectionOf, queryReader, readUpTo } from '../storage/query-all';
import { foldText } from '../text/fold-text';

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
  searchWords(filters.q ?? '').forEach(([folded, lowerCase], index) => {
    // Items written before the search text was folded hold it in lower case only: either spelling finds them.
    clauses.push(`(contains(searchText, :q${index}) OR contains(searchText, :l${index}))`);
    values[`:q${index}`] = folded;
    values[`:l${index}`] = lowerCase;
  });
  return clauses.length === 0 ? {} : { FilterExpression: clauses.join(' AND '), values };
}

/** The most words of a search that are matched; more would only narrow a 100-character query further. */
const maxSearchWords = 8;

/**
 * The distinct words of a directory search, each folded and in lower case: every one must occur in the
 * person's text, in any order ("haddad youssef" finds Youssef Haddad), whatever its case and accents.
 */
function searchWords(q: string): [folded: string, lowerCase: string][] {
  const words = [...new Set(q.toLowerCase().split(/\s+/).filter((word) => word !== ''))].slice(0, maxSearchWords);
  return words.map((word): [string, string] => [foldText(word), word]).filter(([folded]) => folded !== '');
}

/**
 * The directory's filters the event refuses, read from the query as sent: a sector it does not have
 * (ids are lower case: `ICT` is not `ict`), named with the query's other bad fields in one 400.
 */
export function directoryQueryErrors(event: EventDefinition, query: unknown): FieldError[] {
  return eventQueryErrors(event, query, ['sector']);
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
  const startKey = decodeCursor(cursor, ['pk', 'sk', 'gsi2pk', 'gsi2sk'], { attribute: 'gsi2pk', value: eventDirectoryPartition(event.id) });
  const read = queryReader<RegistrationRecord>({
    TableName: runtimeConfig().REGISTRATIONS_TABLE,
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :directory',
    ExpressionAttributeValues: { ':directory': eventDirectoryPartition(event.id), ...values },
    ...(FilterExpression ? { FilterExpression } : {}),
    ...projectionOf(projection),
  });
  const { items, lastKey } = await readUpTo(read, limit, startKey);
  const entries = items.map((record) => toDirectoryEntry(event, record));
  const nextCursor = encodeCursor(lastKey);
  return { participants: entries, ...(nextCursor ? { nextCursor } : {}) };
}
