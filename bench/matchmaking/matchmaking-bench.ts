/**
 * Recommendations: quality on synthetic trilingual events with planted pairs, and what computing
 * them costs (a batch for the whole event, and one profile change). Run alone with
 * `npx tsx bench/matchmaking/matchmaking-bench.ts`, or as part 9 of `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { MatchProfiler } from '../../shared/matchmaking/match-profile';
import { recommendAll } from '../../shared/matchmaking/recommend-all';
import type { MatchmakingSettings } from '../../shared/matchmaking/taxonomy';
import { listsChangedBy } from '../../shared/matchmaking/update-lists';
import { measureRecommendationQuality } from './recommendation-quality';
import { syntheticMatchEvent } from './synthetic-match-event';

export const techDaysTaxonomy = (): MatchmakingSettings =>
  (JSON.parse(readFileSync(new URL('../../data/events/techdays-casablanca-2019.json', import.meta.url), 'utf8')) as { matchmaking: MatchmakingSettings }).matchmaking;

/** DynamoDB bills reads by 4 KB (eventually consistent: half a unit) and writes by 1 KB. */
const readUnits = (bytes: number) => Math.ceil(bytes / 4096) / 2;
const writeUnits = (bytes: number) => Math.ceil(bytes / 1024);

/** Approximate stored size: attribute names and values as JSON, which is close to DynamoDB's own rule. */
const itemBytes = (item: unknown) => Buffer.byteLength(JSON.stringify(item));

function costRow(participants: number, seed: number) {
  const event = syntheticMatchEvent(techDaysTaxonomy(), participants, seed);
  const listed = event.participants.filter((person) => person.inDirectory);
  const options = { pairing: event.settings.pairing, limit: 20, isBlockedPair: () => false };
  const started = performance.now();
  const profiler = new MatchProfiler(event.settings);
  const profiles = listed.map((person) => profiler.profile(person));
  const lists = recommendAll(profiles, options);
  const batchMs = performance.now() - started;

  const changedAt = performance.now();
  const changed = profiler.profile({ ...listed[0]!, offerTags: ['iot', 'investment'], requestTags: ['solar'] });
  const everyone = profiles.map((profile) => (profile.registrationId === changed.registrationId ? changed : profile));
  const touched = listsChangedBy(changed, everyone, lists, options);
  const changeMs = performance.now() - changedAt;

  // Reading the directory partition: one query, billed on the bytes it returns.
  const directoryRead = listed.reduce((sum, person) => sum + itemBytes(person), 0);
  const listItems = [...lists.values()].map((list) => writeUnits(itemBytes({ pk: 'EVENT#x', sk: 'RECS#01HXXXXXXXXXXXXXXXXXXXXXXX', list })));
  const touchedUnits = [...touched.values()].reduce((sum, list) => sum + writeUnits(itemBytes({ pk: 'EVENT#x', sk: 'RECS#01HXXXXXXXXXXXXXXXXXXXXXXX', list })), 0);
  return {
    participants,
    listed: listed.length,
    'batch ms': Math.round(batchMs),
    'batch RCU': readUnits(directoryRead),
    'batch WCU': listItems.reduce((sum, units) => sum + units, 0),
    'change ms': Math.round(changeMs),
    'change lists': touched.size,
    'change RCU': readUnits(directoryRead),
    'change WCU': touchedUnits,
  };
}

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
