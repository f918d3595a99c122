import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureRecommendationQuality } from '../../bench/matchmaking/recommendation-quality';
import { syntheticMatchEvent } from '../../bench/matchmaking/synthetic-match-event';
import { MatchProfiler, type MatchCandidate } from '../../shared/matchmaking/match-profile';
import { recommendFor } from '../../shared/matchmaking/recommend';
import { recommendAll } from '../../shared/matchmaking/recommend-all';
import type { MatchmakingSettings } from '../../shared/matchmaking/taxonomy';
import { wordTokens } from '../../shared/matchmaking/text-tokens';

const settings = (JSON.parse(readFileSync(new URL('../../data/events/techdays-casablanca-2019.json', import.meta.url), 'utf8')) as { matchmaking: MatchmakingSettings }).matchmaking;
const profiler = new MatchProfiler(settings);
const noBlocks = { pairing: 'eu-mena' as const, limit: 20, isBlockedPair: () => false };

const person = (id: string, fields: Partial<MatchCandidate>): MatchCandidate => ({
  registrationId: id,
  organisation: `Organisation ${id}`,
  country: 'FR',
  sectors: ['ict'],
  offer: '',
  request: '',
  offerTags: [],
  requestTags: [],
  ...fields,
});

describe('word tokens', () => {
  it('folds Arabic clitics, diacritics and letter variants, and French elisions and accents', () => {
    expect(wordTokens('والرّي بالتنقيط وإنترنت الأشياء')).toEqual(['ري', 'تنقيط', 'انترنت', 'اشياء']);
    expect(wordTokens("Nous proposons l'efficacité énergétique")).toEqual(['efficacite', 'energetique']);
  });
});

describe('recommendations', () => {
  it('matches an Arabic request with a French offer through the taxonomy, and says why', () => {
    const reader = profiler.profile(person('A', { country: 'MA', request: 'نبحث عن إنترنت الأشياء', offerTags: ['cloud'] }));
    const french = profiler.profile(person('B', { country: 'FR', offer: 'Nous proposons des objets connectés.', requestTags: ['cloud'] }));
    const [first] = recommendFor(reader, [french], noBlocks);
    expect(first?.registrationId).toBe('B');
    expect(first?.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'offersWhatYouSeek', tagId: 'iot', inText: true },
        { kind: 'seeksWhatYouOffer', tagId: 'cloud', inText: false },
        { kind: 'crossRegion' },
      ]),
    );
  });

  it('ranks complementary people above people who only share a sector', () => {
    const reader = profiler.profile(person('A', { country: 'TN', requestTags: ['robotics'], offerTags: ['iot'] }));
    const complementary = profiler.profile(person('C', { sectors: ['mechatronics'], offerTags: ['robotics'], requestTags: ['iot'] }));
    const sameSector = profiler.profile(person('B', { sectors: ['ict'] }));
    expect(recommendFor(reader, [sameSector, complementary], noBlocks).map((entry) => entry.registrationId)).toEqual(['C', 'B']);
  });

  it('never suggests oneself, one’s own organisation or cluster, or a blocked pair', () => {
    const reader = profiler.profile(person('A', { requestTags: ['iot'], clusterId: 'maroc-numeric-cluster' }));
    const offering = (id: string, fields: Partial<MatchCandidate> = {}) => profiler.profile(person(id, { offerTags: ['iot'], ...fields }));
    const candidates = [
      reader,
      offering('B', { organisation: 'organisation a' }),
      offering('C', { clusterId: 'maroc-numeric-cluster' }),
      offering('D'),
      offering('E'),
    ];
    const list = recommendFor(reader, candidates, { ...noBlocks, isBlockedPair: (_, candidate) => candidate === 'D' });
    expect(list.map((entry) => entry.registrationId)).toEqual(['E']);
  });

  it('gives equal scores in registration-id order, whatever the input order', () => {
    const reader = profiler.profile(person('A', { requestTags: ['iot'] }));
    const twins = ['Z', 'M', 'B'].map((id) => profiler.profile(person(id, { offerTags: ['iot'] })));
    expect(recommendFor(reader, twins, noBlocks).map((entry) => entry.registrationId)).toEqual(['B', 'M', 'Z']);
  });

  it('computes the same lists in a batch as one reader at a time', () => {
    const event = syntheticMatchEvent(settings, 150, 7);
    const profiles = event.participants.map((participant) => profiler.profile(participant));
    const batch = recommendAll(profiles, { ...noBlocks, limit: 10 });
    for (const reader of profiles) expect(batch.get(reader.registrationId)).toEqual(recommendFor(reader, profiles, { ...noBlocks, limit: 10 }));
  });

  it('finds planted partners and complementary people in a synthetic trilingual event', () => {
    const quality = measureRecommendationQuality(syntheticMatchEvent(settings, 300, 11));
    expect(quality.unlistedShown).toBe(0);
    expect(quality.precisionAt10).toBeGreaterThanOrEqual(0.8);
    expect(quality.plantedInTop20).toBeGreaterThanOrEqual(0.85);
  });
});

describe('incremental updates', () => {
  it('a changed profile leaves every list exactly as a full recomputation would', async () => {
    const { listsChangedBy } = await import('../../shared/matchmaking/update-lists');
    const event = syntheticMatchEvent(settings, 200, 3);
    const profiles = event.participants.map((participant) => profiler.profile(participant));
    const options = { ...noBlocks, limit: 10 };
    const lists = recommendAll(profiles, options);
    for (const index of [5, 50, 120]) {
      const before = event.participants[index]!;
      const changed = profiler.profile({ ...before, offerTags: ['robotics', 'investment'], requestTags: ['solar'], offer: 'Nous proposons de la robotique.' });
      const everyone = profiles.map((profile) => (profile.registrationId === changed.registrationId ? changed : profile));
      for (const [id, list] of listsChangedBy(changed, everyone, lists, options)) lists.set(id, list);
      profiles.splice(profiles.indexOf(profiles.find((profile) => profile.registrationId === changed.registrationId)!), 1, changed);
      expect(lists).toEqual(recommendAll(everyone, options));
    }
  });
});
