import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryCodes } from '../../shared/geo/countries';
import { createFormatter } from '../../shared/email/format';
import { languageLayouts } from '../../shared/email/i18n/language-settings';
import { countryNamesOf, countryNamesSource } from '../../web/scripts/country-names';
import { languageCodes } from '../../web/src/i18n/languages';

describe('web/src/i18n/countries (build-time country names)', () => {
  it.each(languageCodes)('%s was generated from the current codes and Intl data (else run `npm run web:countries`)', (language) => {
    const committed = readFileSync(new URL(`../../web/src/i18n/countries/${language}.ts`, import.meta.url), 'utf8');
    expect(committed).toBe(countryNamesSource(language));
  });

  it.each(languageCodes)('%s names every country once, as the emails name it, in the language\'s order', (language) => {
    const names = countryNamesOf(language);
    expect(names.map(([code]) => code).sort()).toEqual([...countryCodes].sort());
    const format = createFormatter(languageLayouts[language].locale, 'Africa/Casablanca');
    for (const [code, name] of names) expect(name).toBe(format.country(code));
    const collator = new Intl.Collator(languageLayouts[language].locale);
    for (let index = 1; index < names.length; index += 1) expect(collator.compare(names[index - 1]![1], names[index]![1])).toBeLessThanOrEqual(0);
  });

  it('reads as a person expects: Morocco in each language', () => {
    const morocco = (language: 'fr' | 'en' | 'ar') => new Map(countryNamesOf(language)).get('MA');
    expect([morocco('fr'), morocco('en'), morocco('ar')]).toEqual(['Maroc', 'Morocco', 'المغرب']);
  });
});
