/** Everything in Arabic a page reads: one chunk, loaded only for a reader of this language (see ../languages.ts). */
export { ar as web } from '../messages/ar';
export { ar as email } from '../../../../shared/email/i18n/ar';
export { countryNames as countries } from '../countries/ar';
