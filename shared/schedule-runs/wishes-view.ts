import type { Language } from '../events/event-definition';
import type { Catalogue } from '../email/i18n/catalogue';
import { languageLayouts } from '../email/i18n/language-settings';
import { translatorFor } from '../email/i18n/translator';
import { wishesHonoured } from '../email/i18n/wishes-honoured';
import type { ScheduleFigures } from '../scheduling/model';

export interface WishesView {
  expressed: number;
  honoured: number;
  /** "n of m wishes honoured" in each language of the emails (plurals by Intl.PluralRules). */
  summary: Record<Language, string>;
}

/**
 * The sentence in `language`, said by the emails' own translator over the sentence's forms alone: the
 * run view needs three languages of one sentence, not three whole catalogues (the cast is safe because
 * only `wishes.honoured` is asked for).
 */
function sayWishesHonoured(language: Language, expressed: number, honoured: number): string {
  const translator = translatorFor({ ...languageLayouts[language], catalogue: wishesHonoured[language] as unknown as Catalogue });
  return translator.plural('wishes.honoured', expressed, { honoured }).plain;
}

/** How many wishes the run honoured, said in fr/en/ar. Runs stored before wishes existed count none. */
export function wishesView(figures: Partial<Pick<ScheduleFigures, 'wishesExpressed' | 'wishesHonoured'>>): WishesView {
  const expressed = figures.wishesExpressed ?? 0;
  const honoured = figures.wishesHonoured ?? 0;
  const say = (language: Language) => sayWishesHonoured(language, expressed, honoured);
  return { expressed, honoured, summary: { fr: say('fr'), en: say('en'), ar: say('ar') } };
}
