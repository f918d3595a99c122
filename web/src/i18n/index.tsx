import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { parseMessage, type MessagePart } from '../../../shared/email/i18n/catalogue';
import { withElision } from '../../../shared/email/i18n/elision';
import { languageLayouts } from '../../../shared/email/i18n/language-settings';
import { createFormatter, type Formatter } from '../../../shared/email/format';
import { pluralForm } from '../../../shared/email/i18n/plural';
import { once } from '../../../shared/once';
import type { CountryNames } from './countries/country-names';
import type { Language, LanguageCatalogues } from './languages';
import type { PluralKey, TextKey } from './web-catalogue';

export { isLanguage, languageCodes, type Language } from './languages';

type Params = Readonly<Record<string, string | number>>;

/**
 * Everything a page needs to speak the reader's language. Locale, direction and the email
 * catalogue (participant and media types, list separator) are the emails' own (shared/email/i18n);
 * dates and country names go through the emails' formatter, so "9 avril 2019" and "Maroc" read the
 * same in a page and in its email.
 */
export interface I18n {
  language: Language;
  dir: 'ltr' | 'rtl';
  locale: string;
  /** A UI string with `{placeholders}` as plain text (for attributes, titles). */
  t(key: TextKey, params?: Params): string;
  /** A UI string whose text parameters are isolated in `<bdi>` (names, organisations in any script). */
  tx(key: TextKey | PluralKey, params?: Params & { count?: number }): ComponentChildren;
  /** The plural form for `count` (CLDR categories; an explicit `zero` text wins for 0 in every language). */
  plural(key: PluralKey, count: number, params?: Params): ComponentChildren;
  /** A message of the emails' catalogue (participant types, media types). */
  email(key: string): string;
  /** Every country, named in the language and sorted by name (built at build time). */
  countries: CountryNames;
  /** The emails' formatter, its country names read from {@link countries} rather than built by Intl. */
  format(timeZone: string): Formatter;
  number(value: number): string;
  list(values: readonly string[]): string;
}

/**
 * A sentence a page keeps in its state until it shows it (a notice, a failure), put into words at render: a
 * language switch keeps the page and its state (app.tsx), so text made before it stayed in the old language.
 */
export type Wording = (i18n: I18n) => string;

/** `catalogues` are the language's own (./languages.ts loads them). */
export function createI18n(language: Language, catalogues: LanguageCatalogues): I18n {
  const settings = languageLayouts[language];
  const catalogue = catalogues.web;
  // Built on first use: an Intl object costs milliseconds on a slow phone, and most pages need few.
  const pluralRules = once(() => new Intl.PluralRules(settings.locale));
  const numbers = once(() => new Intl.NumberFormat(settings.locale));
  const lists = once(() => new Intl.ListFormat(settings.locale, { type: 'conjunction' }));
  const countryNames = once(() => new Map(catalogues.countries));
  const formatters = new Map<string, Formatter>();
  // A page renders the same few dozen strings at every render: each is parsed once.
  const parsed = new Map<string, MessagePart[]>();
  const partsOf = (message: string): MessagePart[] => parsed.get(message) ?? parsed.set(message, parseMessage(message)).get(message)!;

  const textOf = (params: Params) => (placeholder: string) => (typeof params[placeholder] === 'string' ? (params[placeholder] as string) : undefined);
  const fill = (message: string, params: Params, isolate: boolean): ComponentChildren[] =>
    withElision(partsOf(message), textOf(params), language).map((part) => {
      if ('literal' in part) return part.literal;
      const value = params[part.placeholder];
      if (typeof value === 'number') return numbers().format(value);
      return isolate ? <bdi>{value ?? ''}</bdi> : (value ?? '');
    });

  const pluralText = (key: PluralKey, count: number): string => pluralForm(pluralRules(), catalogue[key], count);

  const i18n: I18n = {
    language,
    dir: settings.dir,
    locale: settings.locale,
    t: (key, params = {}) => fill(catalogue[key], params, false).join(''),
    tx: (key, params = {}) => {
      const message = catalogue[key];
      return fill(typeof message === 'string' ? message : pluralText(key as PluralKey, params.count ?? 0), params, true);
    },
    plural: (key, count, params = {}) => fill(pluralText(key, count), { ...params, count }, true),
    email: (key) => (catalogues.email as Readonly<Record<string, string>>)[key] ?? key,
    countries: catalogues.countries,
    format: (timeZone) => formatters.get(timeZone) ?? formatters.set(timeZone, withCountryNames(createFormatter(settings.locale, timeZone), countryNames)).get(timeZone)!,
    number: (value) => numbers().format(value),
    list: (values) => lists().format(values),
  };
  return i18n;
}

/**
 * The formatter with the build-time country names: an Intl.DisplayNames costs a tenth of a second
 * at 4× CPU slowdown; the generated names are Node's, so a page reads what its email says.
 */
function withCountryNames(formatter: Formatter, names: () => ReadonlyMap<string, string>): Formatter {
  return { ...formatter, country: (code) => names().get(code) ?? formatter.country(code) };
}

/** Always provided by the app (app.tsx), once the page's language has loaded: no default. */
export const I18nContext = createContext<I18n>(undefined as never);
export const useI18n = () => useContext(I18nContext);
