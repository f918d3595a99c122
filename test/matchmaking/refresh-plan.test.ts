import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticMatchEvent } from '../../bench/matchmaking/synthetic-match-event';
import type { MatchCandidate } from '../../shared/matchmaking/match-profile';
import { decodeRecommendation, encodeRecommendation } from '../../shared/matchmaking/reason-codes';
import type { Recommendation } from '../../shared/matchmaking/recommend';
import type { StoredList } from '../../shared/matchmaking/recommendation-store';
import { planRefresh, type RefreshPlan } from '../../shared/matchmaking/refresh-plan';
import type { MatchmakingSettings } from '../../shared/matchmaking/taxonomy';

const settings = (JSON.parse(readFileSync(new URL('../../data/events/techdays-casablanca-2019.json', import.meta.url), 'utf8')) as { matchmaking: MatchmakingSettings }).matchmaking;
const now = new Date('2019-04-01T10:00:00Z');

const candidatesOf = (count: number, seed: number): MatchCandidate[] =>
  syntheticMatchEvent(settings, count, seed).participants.filter((person) => person.inDirectory).map(({ registrationId, organisation, clusterId, country, sectors, offer, request, offerTags, requestTags }) => ({
    registrationId,
    organisation,
    ...(clusterId ? { clusterId } : {}),
    country,
    sectors,
    offer,
    request,
    offerTags,
    requestTags,
  }));

/** The stored lists after applying a plan, as the worker writes them. */
function applied(stored: ReadonlyMap<string, StoredList>, plan: RefreshPlan): Map<string, StoredList> {
  const next = new Map(stored);
  for (const list of plan.save) next.set(list.registrationId, list);
  for (const id of plan.remove) next.delete(id);
  return next;
}

const entriesOf = (lists: ReadonlyMap<string, StoredList>) => new Map([...lists].map(([id, list]) => [id, list.recommendations]));

describe('reason codes', () => {
  it('store every reason kind and read it back unchanged', () => {
    const entry: Recommendation = {
      registrationId: '01J0000000000000000000000A',
      score: 10.125,
      reasons: [
        { kind: 'offersWhatYouSeek', tagId: 'cold-chain', inText: false },
        { kind: 'offersWhatYouSeek', tagId: 'iot', inText: true },
        { kind: 'seeksWhatYouOffer', tagId: 'ai-data', inText: false },
        { kind: 'seeksWhatYouOffer', tagId: 'solar', inText: true },
        { kind: 'sharedSector', sectorId: 'transport-logistics' },
        { kind: 'crossRegion' },
        { kind: 'similarWords' },
      ],
    };
    expect(decodeRecommendation(encodeRecommendation(entry))).toEqual(entry);
    expect(decodeRecommendation(encodeRecommendation({ ...entry, reasons: [] }))).toEqual({ ...entry, reasons: [] });
  });
});

describe('refresh plan', () => {
  const candidates = candidatesOf(160, 5);
  const first = planRefresh({ settings, candidates, stored: new Map(), changedIds: [], now });
  const stored = applied(new Map(), first);

  it('makes every list in one batch the first time', () => {
    expect(first.mode).toBe('batch');
    expect(stored.size).toBe(candidates.length);
  });

  it('after profile changes and someone leaving the directory, leaves the lists a batch would make', () => {
    let lists = stored;
    let current = candidates;
    const changes: [number, Partial<MatchCandidate>][] = [
      [3, { offerTags: ['robotics', 'investment'], requestTags: ['solar'] }],
      [40, { offerTags: [], requestTags: [], offer: 'نقدم حلول الري بالتنقيط', request: 'Nous recherchons la chaîne du froid.' }],
      [90, { country: 'FR', sectors: ['agrifood'] }],
    ];
    for (const [index, change] of changes) {
      const id = current[index]!.registrationId;
      current = current.map((candidate) => (candidate.registrationId === id ? { ...candidate, ...change } : candidate));
      const plan = planRefresh({ settings, candidates: current, stored: lists, changedIds: [id], now });
      expect(plan.mode).toBe('incremental');
      expect(plan.save.length).toBeLessThan(current.length / 2);
      lists = applied(lists, plan);
    }
    const gone = current[7]!.registrationId;
    current = current.filter((candidate) => candidate.registrationId !== gone);
    const leaving = planRefresh({ settings, candidates: current, stored: lists, changedIds: [gone], now });
    expect(leaving.remove).toEqual([gone]);
    lists = applied(lists, leaving);
    expect([...lists.values()].some((list) => list.recommendations.some((entry) => entry.registrationId === gone))).toBe(false);

    const fresh = applied(new Map(), planRefresh({ settings, candidates: current, stored: new Map(), changedIds: [], now }));
    expect(entriesOf(lists)).toEqual(entriesOf(fresh));
  });

  it('writes nothing when what matching reads did not change, everything again when the settings did', () => {
    const id = candidates[10]!.registrationId;
    expect(planRefresh({ settings, candidates, stored, changedIds: [id], now }).save).toEqual([]);
    const renamed = { ...settings, pairing: 'none' as const };
    const plan = planRefresh({ settings: renamed, candidates, stored, changedIds: [], now });
    expect(plan.mode).toBe('batch');
    expect(plan.save).toHaveLength(candidates.length);
  });
});
