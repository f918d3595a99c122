import type { Language } from '../../events/event-definition';
import type { Catalogue } from './catalogue';
import { ar } from './ar';
import { en } from './en';
import { fr } from './fr';
import { languageLayouts, type LanguageLayout } from './language-settings';

export type { Catalogue, MessageArgs, MessageKey, ParamValue } from './catalogue';
export type { TextDirection } from './language-settings';

/** A language's layout settings (language-settings.ts) and its message catalogue. */
export interface LanguageSettings extends LanguageLayout {
  catalogue: Catalogue;
}

/** One row per language; adding a language is a catalogue file plus a row here and in language-settings.ts. */
export const languages: { readonly [L in Language]: LanguageSettings } = {
  fr: { ...languageLayouts.fr, catalogue: fr },
  en: { ...languageLayouts.en, catalogue: en },
  ar: { ...languageLayouts.ar, catalogue: ar },
};
