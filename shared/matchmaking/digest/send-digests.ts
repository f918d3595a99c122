import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../../config/runtime-config';
import type { EventDefinition } from '../../events/event-definition';
import { inLanes } from '../../in-lanes';
import { emailOnce } from '../../meetings/email-once';
import type { RegistrationRecord } from '../../registrations/registration-record';
import { digestDoneKey, digestSentKey } from '../../storage/keys';
import { dynamo } from '../../storage/dynamo-client';
import { readRecommendations } from '../read-recommendations';
import { digestMessage } from './digest-message';
import { digestReaders } from './digest-readers';

/** How many people one digest lists. */
export const digestSize = 5;
/** The round of the digest sent before the event, by the schedule or by the organisers. */
export const defaultDigestRound = 'before-event';
/** Readers handled at once: each costs a few reads and one transaction. */
const lanes = 8;

export interface DigestOutcome {
  round: string;
  /** Opted-in directory members looked at. */
  readers: number;
  /** Digests recorded in the outbox by this pass. */
  recorded: number;
  /** Readers who already had this round's digest (a retry, a second trigger). */
  alreadySent: number;
  /** Readers with nobody to suggest: no email is sent. */
  withoutRecommendations: number;
}

type ReaderResult = 'recorded' | 'alreadySent' | 'withoutRecommendations';

/**
 * One reader's digest: their stored list with the read-time exclusions (docs/matchmaking.md,
 * "Reading a list"), at most {@link digestSize}; recorded with its marker in one transaction, so a
 * retried or repeated pass never records it twice.
 */
async function digestFor(event: EventDefinition, reader: RegistrationRecord, round: string, now: Date): Promise<ReaderResult> {
  const { recommendations } = await readRecommendations(event, reader, digestSize);
  if (recommendations.length === 0) return 'withoutRecommendations';
  const marker = { ...digestSentKey(event.id, round, reader.registrationId), entityType: 'digest-marker', expiresAt: Math.floor(now.getTime() / 1000) + 400 * 86_400 };
  return (await emailOnce(marker, digestMessage(event, reader, round, recommendations), reader.registrationId, now)) ? 'recorded' : 'alreadySent';
}

/** Records a digest round for every opted-in directory member with someone to suggest; then marks the round done. */
export async function sendRecommendationDigests(event: EventDefinition, round: string, now: Date): Promise<DigestOutcome> {
  const readers = await digestReaders(event.id);
  const outcome: DigestOutcome = { round, readers: readers.length, recorded: 0, alreadySent: 0, withoutRecommendations: 0 };
  await inLanes(readers, lanes, async (reader) => {
    outcome[await digestFor(event, reader, round, now)] += 1;
  });
  await dynamo().send(new PutCommand({ TableName: runtimeConfig().MEETING_REQUESTS_TABLE, Item: { ...digestDoneKey(event.id, round), entityType: 'digest-done', doneAt: now.toISOString(), ...outcome } }));
  return outcome;
}
