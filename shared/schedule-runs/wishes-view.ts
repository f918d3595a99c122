import { createTranslator } from '../email/i18n/create-translator';
import type { Language } from '../events/event-definition';
import type { ScheduleFigures } from '../scheduling/model';

export interface WishesView {
  expressed: number;
  honoured: number;
  /** "n of m wishes honoured" in each language of the emails (plurals by Intl.PluralRules). */
  summary: Record<Language, string>;
}

/** How many wishes the run honoured, said in fr/en/ar. Runs stored before wishes existed count none. */
export function wishesView(figures: Partial<Pick<ScheduleFigures, 'wishesExpressed' | 'wishesHonoured'>>): WishesView {
  const expressed = figures.wishesExpressed ?? 0;
  const honoured = figures.wishesHonoured ?? 0;
  const say = (language: Language) => createTranslator(language).plural('wishes.honoured', expressed, { honoured }).plain;
  return { expressed, honoured, summary: { fr: say('fr'), en: say('en'), ar: say('ar') } };
}
