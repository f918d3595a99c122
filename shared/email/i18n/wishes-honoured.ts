import type { Language } from '../../events/event-definition';
import { arWishesHonoured } from './apart/ar';
import { enWishesHonoured } from './apart/en';
import { frWishesHonoured } from './apart/fr';

/**
 * "n of m wishes honoured" in each language, one CLDR plural form per key (plural.ts). Apart from the
 * catalogues, so that the scheduler's run view (wishes-view.ts) says it in all three languages without
 * bundling every email message of all three (47 KB of that unit's cold start). Each language's forms
 * are in `apart/<language>.ts`, spread by that language's catalogue.
 */
export const wishesHonoured = {
  fr: frWishesHonoured,
  en: enWishesHonoured,
  ar: arWishesHonoured,
} as const satisfies { readonly [L in Language]: Readonly<Record<`wishes.honoured.${string}`, string>> };
