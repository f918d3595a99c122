import type { MatchReason } from './match-score';
import type { Recommendation } from './recommend';

/**
 * Stored lists keep each recommendation as one short string, `<id>|<score>|<code>,<code>…`, rather
 * than a map of maps: a list item is then about a quarter of the size, and DynamoDB bills writes by
 * the kilobyte (docs/data-model.md, "Recommendations"). Codes: `o:`/`ot:` offers what you seek
 * (picked / found in text), `s:`/`st:` seeks what you offer, `c:` shared sector, `x` cross-region,
 * `w` similar words.
 */
function reasonCode(reason: MatchReason): string {
  switch (reason.kind) {
    case 'offersWhatYouSeek':
      return `${reason.inText ? 'ot' : 'o'}:${reason.tagId}`;
    case 'seeksWhatYouOffer':
      return `${reason.inText ? 'st' : 's'}:${reason.tagId}`;
    case 'sharedSector':
      return `c:${reason.sectorId}`;
    case 'crossRegion':
      return 'x';
    case 'similarWords':
      return 'w';
  }
}

function reasonOf(code: string): MatchReason | undefined {
  const [prefix, id = ''] = code.split(':', 2) as [string, string?];
  if (prefix === 'x') return { kind: 'crossRegion' };
  if (prefix === 'w') return { kind: 'similarWords' };
  if (prefix === 'c') return { kind: 'sharedSector', sectorId: id };
  if (prefix === 'o' || prefix === 'ot') return { kind: 'offersWhatYouSeek', tagId: id, inText: prefix === 'ot' };
  if (prefix === 's' || prefix === 'st') return { kind: 'seeksWhatYouOffer', tagId: id, inText: prefix === 'st' };
  return undefined;
}

export const encodeRecommendation = (entry: Recommendation): string => `${entry.registrationId}|${entry.score}|${entry.reasons.map(reasonCode).join(',')}`;

export function decodeRecommendation(encoded: string): Recommendation {
  const [registrationId = '', score = '0', codes = ''] = encoded.split('|');
  const reasons = codes === '' ? [] : codes.split(',').flatMap((code) => reasonOf(code) ?? []);
  return { registrationId, score: Number(score), reasons };
}
