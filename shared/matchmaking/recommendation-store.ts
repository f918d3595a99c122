import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import type { RegistrationRecord } from '../registrations/registration-record';
import { batchDeleteAll, batchPutAll } from '../storage/batch-put';
import { dynamo } from '../storage/dynamo-client';
import { eventDirectoryPartition, eventRecommendationsPartition, recommendationListKey } from '../storage/keys';
import { projectionOf, queryAll } from '../storage/query-all';
import type { MatchCandidate } from './match-profile';
import { decodeRecommendation, encodeRecommendation } from './reason-codes';
import type { Recommendation } from './recommend';

/** One reader's stored list (docs/data-model.md, "Recommendations"). */
export interface StoredList {
  registrationId: string;
  recommendations: Recommendation[];
  /** The reader's own match fields when the list was last written (`matchFingerprint`). */
  matchHash: string;
  /** The event's matchmaking settings the list was computed under (`settingsFingerprint`). */
  settingsHash: string;
  updatedAt: string;
}

// A type, not an interface: batchPutAll takes records with an index signature.
type ListItem = {
  pk: string;
  sk: string;
  entityType: 'recommendations';
  registrationId: string;
  entries: string[];
  matchHash: string;
  settingsHash: string;
  updatedAt: string;
  expiresAt: number;
};

const table = () => runtimeConfig().REGISTRATIONS_TABLE;

const fromItem = (item: ListItem): StoredList => ({
  registrationId: item.registrationId,
  recommendations: item.entries.map(decodeRecommendation),
  matchHash: item.matchHash,
  settingsHash: item.settingsHash,
  updatedAt: item.updatedAt,
});

/** The reader's list (the request path: one GetItem), or `undefined` before the worker made it. */
export async function findList(eventId: string, registrationId: string): Promise<StoredList | undefined> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: recommendationListKey(eventId, registrationId) }));
  return Item ? fromItem(Item as ListItem) : undefined;
}

/** Every list of an event (the worker only: one Query on the event's recommendations partition). */
export async function allLists(eventId: string): Promise<Map<string, StoredList>> {
  const items = await queryAll<ListItem>({ TableName: table(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': eventRecommendationsPartition(eventId) } });
  return new Map(items.map((item) => [item.registrationId, fromItem(item)]));
}

export async function saveLists(eventId: string, lists: readonly StoredList[], expiresAt: number): Promise<void> {
  const items: ListItem[] = lists.map((list) => ({
    ...recommendationListKey(eventId, list.registrationId),
    entityType: 'recommendations',
    registrationId: list.registrationId,
    entries: list.recommendations.map(encodeRecommendation),
    matchHash: list.matchHash,
    settingsHash: list.settingsHash,
    updatedAt: list.updatedAt,
    expiresAt,
  }));
  await batchPutAll(table(), items);
}

export async function deleteLists(eventId: string, registrationIds: readonly string[]): Promise<void> {
  await batchDeleteAll(table(), registrationIds.map((id) => recommendationListKey(eventId, id)));
}

const matchProjection = ['registrationId', 'organisation', 'clusterId', 'country', 'sectors', 'profile'] as const;
type MatchFields = Pick<RegistrationRecord, (typeof matchProjection)[number]>;

/** What matching reads of a registration: never its email or phone. */
export const toMatchCandidate = (record: MatchFields): MatchCandidate => ({
  registrationId: record.registrationId,
  organisation: record.organisation,
  ...(record.clusterId ? { clusterId: record.clusterId } : {}),
  country: record.country,
  sectors: record.sectors,
  offer: record.profile.offer,
  request: record.profile.request,
  offerTags: record.profile.offerTags ?? [],
  requestTags: record.profile.requestTags ?? [],
});

/** Everyone who may be recommended: the event's directory partition, only the fields matching reads. */
export async function directoryCandidates(eventId: string): Promise<MatchCandidate[]> {
  const records = await queryAll<MatchFields>({
    TableName: table(),
    IndexName: 'gsi2',
    KeyConditionExpression: 'gsi2pk = :directory',
    ExpressionAttributeValues: { ':directory': eventDirectoryPartition(eventId) },
    ...projectionOf(matchProjection),
  });
  return records.map(toMatchCandidate);
}
