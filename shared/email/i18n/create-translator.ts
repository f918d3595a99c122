import type { Language } from '../../events/event-definition';
import { languages } from './index';
import { translatorFor, type Translator } from './translator';

/** The translator of any language, with every catalogue loaded up front (pages, feeds, tests). */
export function createTranslator(language: Language): Translator {
  return translatorFor(languages[language]);
}
