import type { Language } from '../events/event-definition';

const supported: readonly Language[] = ['fr', 'en', 'ar'];

/**
 * The reader's language among ours from an `Accept-Language` header (`ar-MA,ar;q=0.9,fr;q=0.8`):
 * the highest-weighted tag whose primary language we have, the first listed on a tie; `fallback`
 * when none is ours or there is no header.
 */
export function preferredLanguage(acceptLanguage: string | undefined, fallback: Language): Language {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const weight = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { language: tag.split('-')[0]!.toLowerCase(), weight: weight === undefined ? 1 : Number(weight), index };
    })
    .filter((entry): entry is { language: Language; weight: number; index: number } => entry.weight > 0 && (supported as readonly string[]).includes(entry.language))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked[0]?.language ?? fallback;
}
