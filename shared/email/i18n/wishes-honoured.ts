import type { Language } from '../../events/event-definition';

/**
 * "n of m wishes honoured" in each language, one CLDR plural form per key (plural.ts). Apart from the
 * catalogues, which spread it, so that the scheduler's run view (wishes-view.ts) says it in all three
 * languages without bundling every email message of all three (47 KB of that unit's cold start).
 */
export const wishesHonoured = {
  fr: {
    'wishes.honoured.zero': 'Aucun souhait exprimé',
    'wishes.honoured.one': 'Souhait respecté\u00a0: {honoured} sur 1',
    'wishes.honoured.other': 'Souhaits respectés\u00a0: {honoured} sur {count}',
  },
  en: {
    'wishes.honoured.zero': 'No wishes expressed',
    'wishes.honoured.one': '{honoured} of 1 wish honoured',
    'wishes.honoured.other': '{honoured} of {count} wishes honoured',
  },
  ar: {
    'wishes.honoured.zero': 'لم يُعبَّر عن أي رغبة',
    'wishes.honoured.one': 'تمت مراعاة {honoured} من أصل رغبة واحدة',
    'wishes.honoured.two': 'تمت مراعاة {honoured} من أصل رغبتين',
    'wishes.honoured.few': 'تمت مراعاة {honoured} من أصل {count} رغبات',
    'wishes.honoured.many': 'تمت مراعاة {honoured} من أصل {count} رغبة',
    'wishes.honoured.other': 'تمت مراعاة {honoured} من أصل {count} رغبة',
  },
} as const satisfies { readonly [L in Language]: Readonly<Record<`wishes.honoured.${string}`, string>> };
