import type { RecommendationsView } from '../api/recommendation-api';
import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import { toDirectoryEntry } from '../meetings/directory';
import { participationsOf } from '../meetings/meeting-store';
import { listedInDirectory, type RegistrationRecord } from '../registrations/registration-record';
import { batchGetAll } from '../storage/batch-get';
import { participantCountersKey, registrationKey } from '../storage/keys';
import type { Recommendation } from './recommend';
import { findList } from './recommendation-store';

/** Meetings that make a pair no longer worth suggesting: asked, agreed or declined (either way). Cancelled or expired ones may be asked again. */
const blockingStatuses = new Set(['pending', 'accepted', 'confirmed', 'declined']);

async function blockedCounterparts(registrationId: string): Promise<Set<string>> {
  const participations = await participationsOf(registrationId);
  return new Set(participations.filter((participation) => blockingStatuses.has(participation.status)).map((participation) => participation.counterpartId));
}

/** Listed now (a stored list may be older than someone's leaving the directory): consistent reads, so a change just made counts. */
async function listedNow(event: EventDefinition, ids: readonly string[]): Promise<Map<string, RegistrationRecord>> {
  const records = await batchGetAll<RegistrationRecord>(runtimeConfig().REGISTRATIONS_TABLE, ids.map(registrationKey), { consistent: true });
  return new Map(records.filter((record) => record.eventId === event.id && !record.erasedAt && listedInDirectory(record)).map((record) => [record.registrationId, record]));
}

/** People with as many pending requests of their own as the event allows are busy: not suggested to others. */
async function atQuota(event: EventDefinition, ids: readonly string[]): Promise<Set<string>> {
  const counters = await batchGetAll<{ pk: string; pendingOutgoing?: number }>(runtimeConfig().MEETING_REQUESTS_TABLE, ids.map(participantCountersKey));
  return new Set(counters.filter((item) => (item.pendingOutgoing ?? 0) >= event.meetings.maxPendingOutgoingRequests).map((item) => item.pk.replace(/^PARTICIPANT#/, '')));
}

/**
 * The reader's stored list with the exclusions that change faster than lists do applied at read
 * time: people who left the directory since, pairs already meeting or declined, people at their
 * quota. Costs one GetItem, one Query of the reader's meetings and two BatchGets of at most 20 keys;
 * never computes scores (docs/matchmaking.md, "Reading a list").
 */
export async function readRecommendations(event: EventDefinition, reader: RegistrationRecord, limit: number): Promise<RecommendationsView> {
  const stored = await findList(event.id, reader.registrationId);
  if (!stored) return { registrationId: reader.registrationId, recommendations: [] };
  const ids = stored.recommendations.map((entry) => entry.registrationId);
  const [blocked, listed, busy] = await Promise.all([blockedCounterparts(reader.registrationId), listedNow(event, ids), atQuota(event, ids)]);
  const shown = stored.recommendations.filter((entry: Recommendation) => listed.has(entry.registrationId) && !blocked.has(entry.registrationId) && !busy.has(entry.registrationId));
  return {
    registrationId: reader.registrationId,
    updatedAt: stored.updatedAt,
    recommendations: shown.slice(0, limit).map((entry) => ({
      participant: toDirectoryEntry(event, listed.get(entry.registrationId)!),
      score: entry.score,
      reasons: entry.reasons,
    })),
  };
}
