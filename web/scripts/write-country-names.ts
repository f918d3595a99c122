/** Writes web/src/i18n/countries/{fr,en,ar}.ts (see ./country-names.ts). Run by `npm run web:countries`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languageCodes } from '../src/i18n/languages';
import { countryNamesSource } from './country-names';

for (const language of languageCodes) {
  const output = fileURLToPath(new URL(`../src/i18n/countries/${language}.ts`, import.meta.url));
  writeFileSync(output, countryNamesSource(language));
  console.log(`wrote ${output}`);
}
