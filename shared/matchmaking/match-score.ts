import type { MatchProfile, WordVector } from './match-profile';

/** Why someone is recommended, in terms a reader can check against both profiles. */
export type MatchReason =
  | { kind: 'offersWhatYouSeek'; tagId: string; inText: boolean }
  | { kind: 'seeksWhatYouOffer'; tagId: string; inText: boolean }
  | { kind: 'sharedSector'; sectorId: string }
  | { kind: 'crossRegion' }
  | { kind: 'similarWords' };

export interface MatchScore {
  score: number;
  reasons: MatchReason[];
}

/**
 * The weights of docs/matchmaking.md. Complementarity dominates (what the other offers that you
 * look for first, then the reverse, and a bonus when it goes both ways); sectors and the event's
 * pairing purpose separate equals; similar free texts only break ties.
 */
export const matchWeights = {
  offersWhatYouSeek: 3,
  seeksWhatYouOffer: 2,
  /** A tag found in free text rather than picked counts this fraction of a picked one. */
  foundInText: 0.75,
  /** At most this many tags count in each direction, so that ticking every box does not win. */
  tagsCountedPerDirection: 3,
  bothWays: 2,
  sharedSector: 0.5,
  sectorsCounted: 2,
  crossRegion: 1.5,
  similarWords: 1,
  /** Below this cosine, shared words are coincidence, not a reason. */
  similarWordsThreshold: 0.05,
} as const;

function cosine(left: WordVector, right: WordVector): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let dot = 0;
  for (const [word, weight] of small) dot += weight * (large.get(word) ?? 0);
  return dot;
}

/** Tags `giver` offers that `taker` seeks, picked ones first; each with whether it came from free text only. */
function complements(giver: MatchProfile, taker: MatchProfile): { tagId: string; inText: boolean }[] {
  const found: { tagId: string; inText: boolean }[] = [];
  const consider = (tagId: string, inText: boolean) => {
    if (!found.some((entry) => entry.tagId === tagId)) found.push({ tagId, inText });
  };
  for (const tagId of taker.seeks) if (giver.offers.has(tagId)) consider(tagId, false);
  for (const tagId of taker.seeks) if (giver.offersInText.has(tagId)) consider(tagId, true);
  for (const tagId of taker.seeksInText) if (giver.offers.has(tagId) || giver.offersInText.has(tagId)) consider(tagId, true);
  return found.sort((a, b) => Number(a.inText) - Number(b.inText) || a.tagId.localeCompare(b.tagId));
}

/** Points for what `giver` offers that `taker` seeks, picked tags first, without building the list. */
function complementPoints(giver: MatchProfile, taker: MatchProfile, weight: number): { points: number; count: number } {
  let picked = 0;
  let inText = 0;
  for (const tagId of taker.seeks) {
    if (giver.offers.has(tagId)) picked += 1;
    else if (giver.offersInText.has(tagId)) inText += 1;
  }
  for (const tagId of taker.seeksInText) if (giver.offers.has(tagId) || giver.offersInText.has(tagId)) inText += 1;
  const countedPicked = Math.min(picked, matchWeights.tagsCountedPerDirection);
  const countedInText = Math.min(inText, matchWeights.tagsCountedPerDirection - countedPicked);
  return { points: weight * (countedPicked + countedInText * matchWeights.foundInText), count: picked + inText };
}

function sharedSectorCount(reader: MatchProfile, candidate: MatchProfile): number {
  let count = 0;
  for (const sector of reader.sectors) if (candidate.sectors.has(sector)) count += 1;
  return count;
}

function isCrossRegion(reader: MatchProfile, candidate: MatchProfile): boolean {
  return (reader.region === 'eu' && candidate.region === 'mena') || (reader.region === 'mena' && candidate.region === 'eu');
}

const rounded = (score: number) => Math.round(score * 1000) / 1000;

/**
 * How well `candidate` suits `reader`: `undefined` when nothing but geography links them (no
 * complementary tag, shared sector or similar text), which is not a recommendation. The text
 * similarity is only computed when it could lift the score to `mustExceed` (the worst score of a
 * full list), because it is the costly part and only breaks ties.
 */
export function matchPoints(reader: MatchProfile, candidate: MatchProfile, pairing: 'eu-mena' | 'none', mustExceed = -Infinity): number | undefined {
  const theyOffer = complementPoints(candidate, reader, matchWeights.offersWhatYouSeek);
  const youOffer = complementPoints(reader, candidate, matchWeights.seeksWhatYouOffer);
  const sectors = sharedSectorCount(reader, candidate);
  const crossRegion = pairing === 'eu-mena' && isCrossRegion(reader, candidate);
  const withoutText =
    theyOffer.points +
    youOffer.points +
    (theyOffer.count > 0 && youOffer.count > 0 ? matchWeights.bothWays : 0) +
    Math.min(sectors, matchWeights.sectorsCounted) * matchWeights.sharedSector +
    (crossRegion ? matchWeights.crossRegion : 0);
  const linked = theyOffer.count > 0 || youOffer.count > 0 || sectors > 0;
  if (linked && withoutText + matchWeights.similarWords < mustExceed) return rounded(withoutText);
  const similarity = textSimilarity(reader, candidate);
  if (!linked && similarity < matchWeights.similarWordsThreshold) return undefined;
  return rounded(withoutText + (similarity >= matchWeights.similarWordsThreshold ? similarity * matchWeights.similarWords : 0));
}

function textSimilarity(reader: MatchProfile, candidate: MatchProfile): number {
  return (cosine(reader.requestWords, candidate.offerWords) + cosine(candidate.requestWords, reader.offerWords)) / 2;
}

/** The reasons behind a match, in the order a reader cares about: what they get, what they give, then the rest. */
export function matchReasons(reader: MatchProfile, candidate: MatchProfile, pairing: 'eu-mena' | 'none'): MatchReason[] {
  const sectors = [...reader.sectors].filter((sector) => candidate.sectors.has(sector)).sort();
  return [
    ...complements(candidate, reader).map(({ tagId, inText }) => ({ kind: 'offersWhatYouSeek' as const, tagId, inText })),
    ...complements(reader, candidate).map(({ tagId, inText }) => ({ kind: 'seeksWhatYouOffer' as const, tagId, inText })),
    ...sectors.map((sectorId) => ({ kind: 'sharedSector' as const, sectorId })),
    ...(pairing === 'eu-mena' && isCrossRegion(reader, candidate) ? [{ kind: 'crossRegion' as const }] : []),
    ...(textSimilarity(reader, candidate) >= matchWeights.similarWordsThreshold ? [{ kind: 'similarWords' as const }] : []),
  ];
}

/** Score and reasons of one pair (`undefined`: not a recommendation). */
export function scoreMatch(reader: MatchProfile, candidate: MatchProfile, pairing: 'eu-mena' | 'none'): MatchScore | undefined {
  const score = matchPoints(reader, candidate, pairing);
  return score === undefined ? undefined : { score, reasons: matchReasons(reader, candidate, pairing) };
}
