/** Everything in French a page reads: one chunk, loaded only for a reader of this language (see ../languages.ts). */
export { fr as web } from '../messages/fr';
export { fr as email } from '../../../../shared/email/i18n/fr';
export { countryNames as countries } from '../countries/fr';
