import type { Language } from '../../events/event-definition';
import type { Catalogue } from './catalogue';
import type { LanguageSettings } from './index';
import { languageLayouts } from './language-settings';

/**
 * Each catalogue in its own chunk: the mailer loads the reader's language only, not all three
 * (index.ts keeps the eager table for the web app and the pages, which need them together).
 */
const catalogueLoaders: { readonly [L in Language]: () => Promise<Catalogue> } = {
  fr: async () => (await import('./fr')).fr,
  en: async () => (await import('./en')).en,
  ar: async () => (await import('./ar')).ar,
};

const loaded = new Map<Language, LanguageSettings>();

export const isLanguage = (language: string): language is Language => Object.hasOwn(languageLayouts, language);

/** Loads a language's catalogue once per container. */
export async function loadLanguage(language: Language): Promise<LanguageSettings> {
  const known = loaded.get(language);
  if (known) return known;
  if (!isLanguage(language)) throw new Error(`Unsupported language: ${String(language)}`);
  const settings = { ...languageLayouts[language], catalogue: await catalogueLoaders[language]() };
  loaded.set(language, settings);
  return settings;
}

/** A language `loadLanguage` has loaded; rendering is synchronous and asks for it by name. */
export function loadedLanguage(language: Language): LanguageSettings {
  const settings = loaded.get(language);
  if (!settings) throw new Error(`The ${language} catalogue is not loaded: await loadLanguage('${language}') first`);
  return settings;
}
