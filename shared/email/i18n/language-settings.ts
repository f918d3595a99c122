import type { Language } from '../../events/event-definition';

export type TextDirection = 'ltr' | 'rtl';

/**
 * Everything language-specific that is not a message: locale for Intl, direction, fonts. Apart from
 * the catalogues (index.ts) so that the HTML pages, which carry their own few strings, do not bundle
 * every email message in three languages.
 */
export interface LanguageLayout {
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
}

const LATIN_FONTS = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/** One row per language; adding a language is a row here, a catalogue file and a row in index.ts. */
export const languageLayouts: { readonly [L in Language]: LanguageLayout } = {
  fr: { language: 'fr', locale: 'fr-FR', dir: 'ltr', fontFamily: LATIN_FONTS },
  en: { language: 'en', locale: 'en-GB', dir: 'ltr', fontFamily: LATIN_FONTS },
  ar: { language: 'ar', locale: 'ar-MA-u-nu-latn', dir: 'rtl', fontFamily: "Tahoma, Arial, 'Segoe UI', sans-serif" },
};
