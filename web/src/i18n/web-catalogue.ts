import type { en } from './messages/en';
import type { PluralMessage } from './plural';

/**
 * The web app's UI strings. Localised values shared with the emails (country names through Intl,
 * participant and media types, date formats) come from shared/email: see ./index.ts. English is the
 * reference: another language must have exactly its keys, a plural where English has one.
 */
export type WebKey = keyof typeof en;
export type PluralKey = { [K in WebKey]: (typeof en)[K] extends string ? never : K }[WebKey];
export type TextKey = Exclude<WebKey, PluralKey>;
export type WebCatalogue = { readonly [K in WebKey]: (typeof en)[K] extends string ? string : PluralMessage };

export const defineWebCatalogue = (catalogue: WebCatalogue): WebCatalogue => catalogue;
