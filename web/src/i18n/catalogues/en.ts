/** Everything in English a page reads: one chunk, loaded only for a reader of this language (see ../languages.ts). */
export { en as web } from '../messages/en';
export { en as email } from '../../../../shared/email/i18n/en';
export { countryNames as countries } from '../countries/en';
