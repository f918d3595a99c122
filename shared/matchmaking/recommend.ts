import type { MatchProfile } from './match-profile';
import { matchPoints, matchReasons, type MatchReason } from './match-score';

export interface Recommendation {
  registrationId: string;
  score: number;
  reasons: MatchReason[];
}

export interface RecommendOptions {
  pairing: 'eu-mena' | 'none';
  limit: number;
  /** Pairs that must not be suggested: declined requests (either way) and meetings already asked or held. */
  isBlockedPair: (readerId: string, candidateId: string) => boolean;
}

type Ranked = Pick<Recommendation, 'registrationId' | 'score'>;

/** Better first; equal scores in registration-id order, so the same data always gives the same list. */
export function compareRecommendations(left: Ranked, right: Ranked): number {
  return right.score - left.score || (left.registrationId < right.registrationId ? -1 : left.registrationId > right.registrationId ? 1 : 0);
}

function sameOrganisation(reader: MatchProfile, candidate: MatchProfile): boolean {
  return reader.organisationName === candidate.organisationName || (reader.clusterId !== undefined && reader.clusterId === candidate.clusterId);
}

/** Whether `candidate` may be suggested to `reader` at all (never oneself or one's own organisation or cluster). */
export function isEligible(reader: MatchProfile, candidate: MatchProfile, options: RecommendOptions): boolean {
  return (
    candidate.registrationId !== reader.registrationId &&
    !sameOrganisation(reader, candidate) &&
    !options.isBlockedPair(reader.registrationId, candidate.registrationId)
  );
}

/**
 * One reader's best `limit` candidates, kept sorted while candidates are offered; reasons are only
 * worked out for those that stay, at the end.
 */
export class ReaderTopList {
  private readonly entries: (Ranked & { candidate: MatchProfile })[] = [];

  constructor(
    private readonly reader: MatchProfile,
    private readonly options: RecommendOptions,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  /** The score a candidate must beat to enter a full list. */
  get worstScore(): number {
    return this.entries.length < this.options.limit ? -Infinity : this.entries[this.entries.length - 1]!.score;
  }

  offer(candidate: MatchProfile): void {
    if (!isEligible(this.reader, candidate, this.options)) return;
    const score = matchPoints(this.reader, candidate, this.options.pairing, this.worstScore);
    if (score === undefined) return;
    const entry = { registrationId: candidate.registrationId, score, candidate };
    const { entries } = this;
    if (entries.length === this.options.limit && compareRecommendations(entry, entries[entries.length - 1]!) >= 0) return;
    let index = entries.length;
    while (index > 0 && compareRecommendations(entry, entries[index - 1]!) < 0) index -= 1;
    entries.splice(index, 0, entry);
    if (entries.length > this.options.limit) entries.pop();
  }

  recommendations(): Recommendation[] {
    return this.entries.map(({ registrationId, score, candidate }) => ({
      registrationId,
      score,
      reasons: matchReasons(this.reader, candidate, this.options.pairing),
    }));
  }
}

/**
 * The best `limit` people for `reader` among `candidates`, each with its reasons. Candidates must
 * already be limited to who may be shown: confirmed, in the directory, not at their request quota.
 */
export function recommendFor(reader: MatchProfile, candidates: Iterable<MatchProfile>, options: RecommendOptions): Recommendation[] {
  const top = new ReaderTopList(reader, options);
  for (const candidate of candidates) top.offer(candidate);
  return top.recommendations();
}
