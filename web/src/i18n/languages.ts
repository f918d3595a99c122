import type { Catalogue } from '../../../shared/email/i18n/catalogue';
import { lazy, type Lazy } from '../lazy';
import type { CountryNames } from './countries/country-names';
import type { WebCatalogue } from './web-catalogue';

export type Language = 'fr' | 'en' | 'ar';
export const languageCodes: readonly Language[] = ['fr', 'en', 'ar'];
export const isLanguage = (value: string | undefined): value is Language => languageCodes.includes(value as Language);

/** The browser's first language the app speaks (French when none). */
export function preferredLanguage(): Language {
  return navigator.languages.map((tag) => tag.slice(0, 2)).find(isLanguage) ?? 'fr';
}

/** The page's language: the path's first segment, else the browser's. */
export const pageLanguage = (lang: string | undefined): Language => (isLanguage(lang) ? lang : preferredLanguage());

/**
 * A language's UI strings, its email catalogue (participant and media types, shared with the emails)
 * and the countries' names, sorted (built at build time: ./countries/country-names.ts).
 */
export interface LanguageCatalogues {
  web: WebCatalogue;
  email: Catalogue;
  countries: CountryNames;
}

/**
 * One chunk per language (./catalogues/*.ts): a reader downloads and evaluates the strings of her
 * language only, a third of the three catalogues the app and the emails hold (docs/web.md, "Loading").
 */
export const catalogues: { readonly [L in Language]: Lazy<LanguageCatalogues> } = {
  fr: lazy(() => import('./catalogues/fr')),
  en: lazy(() => import('./catalogues/en').then(({ web, email, countries }) => ({ web: web as WebCatalogue, email, countries }))),
  ar: lazy(() => import('./catalogues/ar')),
};
