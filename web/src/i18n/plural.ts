export type { PluralMessage } from '../../../shared/email/i18n/plural';
