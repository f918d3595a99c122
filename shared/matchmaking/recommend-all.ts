import type { MatchProfile } from './match-profile';
import { matchWeights } from './match-score';
import { ReaderTopList, type Recommendation, type RecommendOptions } from './recommend';

/**
 * The most a candidate can score without any complementary tag (shared sectors, the pairing purpose
 * and similar texts only). Anyone with a complementary tag is found through the tag index; the rest
 * are only scored when a reader's list could still take someone scoring this much.
 */
export const bestScoreWithoutComplement =
  matchWeights.sectorsCounted * matchWeights.sharedSector + matchWeights.crossRegion + matchWeights.similarWords;

function indexBy(profiles: readonly MatchProfile[], tagsOf: (profile: MatchProfile) => Iterable<string>): Map<string, MatchProfile[]> {
  const index = new Map<string, MatchProfile[]>();
  for (const profile of profiles) {
    for (const tagId of tagsOf(profile)) {
      const list = index.get(tagId) ?? [];
      list.push(profile);
      index.set(tagId, list);
    }
  }
  return index;
}

/**
 * Everyone's list at once (the batch computation): the same lists as calling `recommendFor` for
 * each reader with all profiles, but each reader scores first the people its tags point to, and
 * everyone else only when that cannot already fill its list with better scores.
 */
export function recommendAll(profiles: readonly MatchProfile[], options: RecommendOptions): Map<string, Recommendation[]> {
  const offering = indexBy(profiles, (profile) => [...profile.offers, ...profile.offersInText]);
  const seeking = indexBy(profiles, (profile) => [...profile.seeks, ...profile.seeksInText]);
  const lists = new Map<string, Recommendation[]>();
  for (const reader of profiles) {
    const linked = new Set<MatchProfile>();
    for (const tagId of [...reader.seeks, ...reader.seeksInText]) for (const candidate of offering.get(tagId) ?? []) linked.add(candidate);
    for (const tagId of [...reader.offers, ...reader.offersInText]) for (const candidate of seeking.get(tagId) ?? []) linked.add(candidate);
    const top = new ReaderTopList(reader, options);
    linked.forEach((candidate) => top.offer(candidate));
    if (top.worstScore <= bestScoreWithoutComplement) {
      for (const candidate of profiles) if (!linked.has(candidate)) top.offer(candidate);
    }
    lists.set(reader.registrationId, top.recommendations());
  }
  return lists;
}
