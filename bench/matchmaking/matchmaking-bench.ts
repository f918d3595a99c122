/**
 * Recommendations: quality on synthetic trilingual events with planted pairs, and what computing
 * them costs (a batch for the whole event, and one profile change). Run alone with
 * `npx tsx bench/matchmaking/matchmaking-bench.ts`, or as part 10 of `npm run bench` (`--only matchmaking`).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MatchProfiler } from '../../shared/matchmaking/match-profile';
import { recommendAll } from '../../shared/matchmaking/recommend-all';
import type { MatchmakingSettings } from '../../shared/matchmaking/taxonomy';
import { listsChangedBy } from '../../shared/matchmaking/update-lists';
import { encodeRecommendation } from '../../shared/matchmaking/reason-codes';
import type { Recommendation } from '../../shared/matchmaking/recommend';
import { storedListLength } from '../../shared/matchmaking/refresh-plan';
import { measureRecommendationQuality } from './recommendation-quality';
import { syntheticMatchEvent, type SyntheticParticipant } from './synthetic-match-event';

export const techDaysTaxonomy = (): MatchmakingSettings =>
  (JSON.parse(readFileSync(new URL('../../data/events/techdays-casablanca-2019.json', import.meta.url), 'utf8')) as { matchmaking: MatchmakingSettings }).matchmaking;

/** DynamoDB bills reads by 4 KB (eventually consistent: half a unit) and writes by 1 KB. */
const readUnits = (bytes: number) => Math.ceil(bytes / 4096) / 2;
const writeUnits = (bytes: number) => Math.ceil(bytes / 1024);

/** Approximate stored size: attribute names and values as JSON, which is close to DynamoDB's own rule. */
const itemBytes = (item: unknown) => Buffer.byteLength(JSON.stringify(item));

/** A list item as recommendation-store.ts writes it (compact entries, the two fingerprints). */
const listItem = (registrationId: string, list: readonly Recommendation[]) => ({
  pk: 'EVENT#techdays-casablanca-2019#RECOMMENDATIONS',
  sk: registrationId,
  entityType: 'recommendations',
  registrationId,
  entries: list.map(encodeRecommendation),
  matchHash: 'xxxxxxxxxxxxxxxx',
  settingsHash: 'xxxxxxxxxxxxxxxx',
  updatedAt: '2019-04-01T00:00:00.000Z',
  expiresAt: 1_586_476_799,
});

/** Profile changes measured per size: the mean is reported. */
const changesMeasured = 5;

function costRow(participants: number, seed: number) {
  const event = syntheticMatchEvent(techDaysTaxonomy(), participants, seed);
  const listed = event.participants.filter((person) => person.inDirectory);
  const options = { pairing: event.settings.pairing, limit: storedListLength, isBlockedPair: () => false };
  const started = performance.now();
  const profiler = new MatchProfiler(event.settings);
  const profiles = listed.map((person) => profiler.profile(person));
  const lists = recommendAll(profiles, options);
  const batchMs = performance.now() - started;

  // Every change reads the directory partition (match fields only) and the lists partition once.
  const directoryRead = readUnits(listed.reduce((sum, person) => sum + itemBytes(toMatchFields(person)), 0));
  const listBytes = [...lists].map(([id, list]) => itemBytes(listItem(id, list)));
  const listsRead = readUnits(listBytes.reduce((sum, bytes) => sum + bytes, 0));

  let changeMs = 0;
  let touchedLists = 0;
  let touchedUnits = 0;
  for (let index = 0; index < changesMeasured; index += 1) {
    const before = listed[Math.floor((index * listed.length) / changesMeasured)]!;
    const changedAt = performance.now();
    const changed = profiler.profile({ ...before, offerTags: ['iot', 'investment'], requestTags: ['solar'] });
    const everyone = profiles.map((profile) => (profile.registrationId === changed.registrationId ? changed : profile));
    const touched = listsChangedBy(changed, everyone, lists, options);
    changeMs += performance.now() - changedAt;
    touchedLists += touched.size;
    touchedUnits += [...touched].reduce((sum, [id, list]) => sum + writeUnits(itemBytes(listItem(id, list))), 0);
  }
  return {
    participants,
    listed: listed.length,
    'list item bytes (mean)': Math.round(listBytes.reduce((sum, bytes) => sum + bytes, 0) / Math.max(listBytes.length, 1)),
    'batch ms': Math.round(batchMs),
    'batch RCU': directoryRead + listsRead,
    'batch WCU': listBytes.reduce((sum, bytes) => sum + writeUnits(bytes), 0),
    'change ms (mean)': Math.round(changeMs / changesMeasured),
    'change lists (mean)': Math.round(touchedLists / changesMeasured),
    'change RCU': directoryRead + listsRead,
    'change WCU (mean)': Math.round(touchedUnits / changesMeasured),
  };
}

/** What the worker's directory Query returns of a participant (recommendation-store.ts, `directoryCandidates`). */
const toMatchFields = (person: SyntheticParticipant) => ({
  registrationId: person.registrationId,
  organisation: person.organisation,
  clusterId: person.clusterId,
  country: person.country,
  sectors: person.sectors,
  profile: { offer: person.offer, request: person.request, offerTags: person.offerTags, requestTags: person.requestTags },
});

export function runMatchmakingBenchmark() {
  const quality = [1, 2, 3].map((seed) => ({ seed, ...measureRecommendationQuality(syntheticMatchEvent(techDaysTaxonomy(), 1_000, seed)) }));
  const cost = [1_000, 5_000].map((participants) => costRow(participants, 1));
  return {
    quality: quality.map(({ seed, listed, precisionAt10, plantedInTop20, meanRelevantPerReader, unlistedShown }) => ({
      seed,
      listed,
      'precision@10': precisionAt10.toFixed(3),
      'planted in top 20': `${(plantedInTop20 * 100).toFixed(1)} %`,
      'relevant per reader': meanRelevantPerReader.toFixed(1),
      'unlisted shown': unlistedShown,
    })),
    cost,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { quality, cost } = runMatchmakingBenchmark();
  console.table(quality);
  console.table(cost);
}
