import type { Language } from '../../events/event-definition';
import type { Catalogue } from './catalogue';
import { ar } from './ar';
import { en } from './en';
import { fr } from './fr';

export type { Catalogue, MessageArgs, MessageKey, ParamValue } from './catalogue';

export type TextDirection = 'ltr' | 'rtl';

/** Everything language-specific that is not a message: locale for Intl, direction, fonts. */
export interface LanguageSettings {
  language: Language;
  /**
   * BCP 47 locale for Intl. en-GB for 24-hour times and day-month order (an international
   * audience); Arabic as used in Morocco with Latin digits made explicit (`-u-nu-latn`), so times
   * and dates read the same as in the URLs, references and calendar entries.
   */
  locale: string;
  dir: TextDirection;
  /** CSS font stack; Tahoma/Arial have good Arabic glyphs in every mail client's OS. */
  fontFamily: string;
  catalogue: Catalogue;
}

const LATIN_FONTS = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/** One row per language; adding a language is a catalogue file plus a row here. */
export const languages: { readonly [L in Language]: LanguageSettings } = {
  fr: { language: 'fr', locale: 'fr-FR', dir: 'ltr', fontFamily: LATIN_FONTS, catalogue: fr },
  en: { language: 'en', locale: 'en-GB', dir: 'ltr', fontFamily: LATIN_FONTS, catalogue: en },
  ar: { language: 'ar', locale: 'ar-MA-u-nu-latn', dir: 'rtl', fontFamily: "Tahoma, Arial, 'Segoe UI', sans-serif", catalogue: ar },
};
