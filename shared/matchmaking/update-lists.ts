import type { MatchProfile } from './match-profile';
import { scoreMatch } from './match-score';
import { compareRecommendations, isEligible, recommendFor, type Recommendation, type RecommendOptions } from './recommend';

/**
 * A reader's list after one other participant's profile changed, or `undefined` when it stays as
 * it was. Only a reader from whose list the changed person falls (or drops in rank) needs a full
 * recomputation, since someone outside the list may now belong in it; everyone else is one score.
 */
function updatedList(reader: MatchProfile, list: readonly Recommendation[], changed: MatchProfile, everyone: readonly MatchProfile[], options: RecommendOptions): Recommendation[] | undefined {
  const previous = list.find((entry) => entry.registrationId === changed.registrationId);
  const match = isEligible(reader, changed, options) ? scoreMatch(reader, changed, options.pairing) : undefined;
  const entry = match ? { registrationId: changed.registrationId, ...match } : undefined;
  if (previous && (!entry || entry.score < previous.score)) return recommendFor(reader, everyone, options);
  if (!entry) return undefined;
  const others = list.filter((existing) => existing.registrationId !== changed.registrationId);
  const next = [...others, entry].sort(compareRecommendations).slice(0, options.limit);
  const unchanged = next.length === list.length && next.every((item, index) => JSON.stringify(item) === JSON.stringify(list[index]));
  return unchanged ? undefined : next;
}

/**
 * The lists a profile change touches (a new participant, a changed profile, someone joining the
 * directory): the changed person's own list, and every list the person enters, leaves or moves in.
 * Costs one score per participant plus one full list per reader the person falls out of.
 */
export function listsChangedBy(
  changed: MatchProfile,
  everyone: readonly MatchProfile[],
  lists: ReadonlyMap<string, readonly Recommendation[]>,
  options: RecommendOptions,
): Map<string, Recommendation[]> {
  const updates = new Map<string, Recommendation[]>([[changed.registrationId, recommendFor(changed, everyone, options)]]);
  for (const reader of everyone) {
    if (reader.registrationId === changed.registrationId) continue;
    const next = updatedList(reader, lists.get(reader.registrationId) ?? [], changed, everyone, options);
    if (next) updates.set(reader.registrationId, next);
  }
  return updates;
}
