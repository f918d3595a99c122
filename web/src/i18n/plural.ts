/** The web app's plurals are the emails' (shared/email/i18n/plural.ts): same categories, same choice. */
export type { PluralMessage } from '../../../shared/email/i18n/plural';
