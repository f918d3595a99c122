import type { Language } from '../../events/event-definition';
import type { PluralMessage } from './plural';

/**
 * Messages of the emails and API views that depend on a count, per language: one text per CLDR plural
 * category the language uses (Intl.PluralRules picks it from `{count}`). Kept apart from the string
 * catalogues, whose types read placeholders from single strings; every language has every key.
 */
export type PluralKey = 'wishes.honoured';

export const pluralCatalogues: { readonly [L in Language]: { readonly [K in PluralKey]: PluralMessage } } = {
  en: {
    'wishes.honoured': { zero: 'No wishes expressed', one: '{honoured} of {count} wish honoured', other: '{honoured} of {count} wishes honoured' },
  },
  fr: {
    'wishes.honoured': { zero: 'Aucun souhait exprimé', one: 'Souhait respecté\u00a0: {honoured} sur {count}', other: 'Souhaits respectés\u00a0: {honoured} sur {count}' },
  },
  ar: {
    'wishes.honoured': {
      zero: 'لم يُعبَّر عن أي رغبة',
      one: 'تمت مراعاة {honoured} من أصل رغبة واحدة',
      two: 'تمت مراعاة {honoured} من أصل رغبتين',
      few: 'تمت مراعاة {honoured} من أصل {count} رغبات',
      many: 'تمت مراعاة {honoured} من أصل {count} رغبة',
      other: 'تمت مراعاة {honoured} من أصل {count} رغبة',
    },
  },
};
