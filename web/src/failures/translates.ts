import type { TextKey } from '../i18n/web-catalogue';

/** What of `I18n` (../i18n/index.tsx) the failure texts use; named here so that node tests can import them without JSX. */
export interface Translates {
  t(key: TextKey, params?: Readonly<Record<string, string | number>>): string;
}
