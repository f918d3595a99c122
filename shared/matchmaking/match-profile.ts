import { regionOf } from '../organisers/region';
import { TagFinder } from './tag-inference';
import type { MatchmakingSettings, TagPicks } from './taxonomy';
import { wordTokens } from './text-tokens';

/** What matching needs of a participant (no contact data: nothing here can leak an email or phone). */
export interface MatchCandidate extends TagPicks {
  registrationId: string;
  organisation: string;
  clusterId?: string;
  country: string;
  sectors: string[];
  offer: string;
  request: string;
}

/** Word weights of one text, normalised to length 1 (cosine similarity is then a dot product). */
export type WordVector = ReadonlyMap<string, number>;

/** A participant prepared once for scoring against everyone else. */
export interface MatchProfile {
  registrationId: string;
  /** Folded organisation name and cluster: people sharing either are never recommended to each other. */
  organisationName: string;
  clusterId?: string;
  region: 'eu' | 'mena' | 'other';
  sectors: ReadonlySet<string>;
  /** Picked from the taxonomy. */
  offers: ReadonlySet<string>;
  seeks: ReadonlySet<string>;
  /** Found in the free texts only (weighed less than picks). */
  offersInText: ReadonlySet<string>;
  seeksInText: ReadonlySet<string>;
  offerWords: WordVector;
  requestWords: WordVector;
}

function wordVector(words: readonly string[]): WordVector {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const norm = Math.sqrt([...counts.values()].reduce((sum, count) => sum + count * count, 0));
  return new Map([...counts].map(([word, count]) => [word, count / norm]));
}

function foldedOrganisation(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function withoutPicked(found: Set<string>, picked: ReadonlySet<string>): Set<string> {
  for (const id of picked) found.delete(id);
  return found;
}

/** Prepares participants of one event for scoring; the tag finder is built once per event. */
export class MatchProfiler {
  private readonly finder: TagFinder;
  private readonly knownTags: ReadonlySet<string>;

  constructor(settings: MatchmakingSettings) {
    this.finder = new TagFinder(settings.tags);
    this.knownTags = new Set(settings.tags.map((tag) => tag.id));
  }

  profile(candidate: MatchCandidate): MatchProfile {
    const offers = new Set(candidate.offerTags.filter((id) => this.knownTags.has(id)));
    const seeks = new Set(candidate.requestTags.filter((id) => this.knownTags.has(id)));
    const offerWords = wordTokens(candidate.offer);
    const requestWords = wordTokens(candidate.request);
    return {
      registrationId: candidate.registrationId,
      organisationName: foldedOrganisation(candidate.organisation),
      ...(candidate.clusterId ? { clusterId: candidate.clusterId } : {}),
      region: regionOf(candidate.country),
      sectors: new Set(candidate.sectors),
      offers,
      seeks,
      offersInText: withoutPicked(this.finder.tagsIn(offerWords), offers),
      seeksInText: withoutPicked(this.finder.tagsIn(requestWords), seeks),
      offerWords: wordVector(offerWords),
      requestWords: wordVector(requestWords),
    };
  }
}
