import { createHash } from 'node:crypto';
import type { MatchCandidate } from './match-profile';
import type { MatchmakingSettings } from './taxonomy';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 16);

/**
 * What matching reads of a participant, hashed: a registration write that leaves it unchanged (a
 * new token version, a slot marked unavailable, a feed revoked) costs the worker one read and no
 * computation.
 */
export const matchFingerprint = (candidate: MatchCandidate): string =>
  digest([candidate.organisation, candidate.clusterId ?? '', candidate.country, candidate.sectors, candidate.offer, candidate.request, candidate.offerTags, candidate.requestTags]);

/**
 * The taxonomy and pairing purpose, hashed: lists computed under other settings are recomputed. Only
 * what scoring reads: moving the digest's date (`digestAt`) must not recompute every list.
 */
export const settingsFingerprint = (settings: MatchmakingSettings): string => digest({ pairing: settings.pairing, tags: settings.tags });
