/**
 * Every ISO country (shared/geo/countries.ts) as [code, name in the language], sorted by name in that
 * language's collation: what a country `<select>` lists and what `format.country` reads on a page.
 * Generated at build time (`npm run web:countries`) so a page builds no Intl.DisplayNames nor Collator
 * and sorts nothing: at 4× CPU slowdown both cost about a third of the registration page's script time
 * (docs/benchmarks.md part 9).
 */
export type CountryNames = readonly (readonly [code: string, name: string])[];
