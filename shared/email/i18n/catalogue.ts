import type { en } from './en';
import type { EXTRA_PLURAL_CATEGORIES } from './plural';
import type { Text } from './translator';

/**
 * Message catalogue types. English (en.ts) is the reference: its keys are the message keys, and
 * the `{placeholders}` in each English message are the parameters that message takes. Every other
 * language is declared `const xx: Catalogue = { … } satisfies CatalogueShape`, which makes TypeScript
 * reject a catalogue that misses a key, has an extra key, or drops/renames a placeholder, the error on
 * the offending message. A type check rather than a function: the catalogue's chunk then imports
 * nothing at run time, so loading a language is one file (docs/benchmarks.md, part 1).
 */

type Reference = typeof en;

export type MessageKey = keyof Reference;

/** The placeholder names in a message literal: `'Hi {name}, {event}'` → `'name' | 'event'`. */
export type PlaceholdersOf<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** The parameters a message takes, from the reference catalogue. */
export type ParamName<K extends MessageKey> = PlaceholdersOf<Reference[K]>;

/**
 * A parameter value: text (cleaned, escaped in HTML, isolated), a number (formatted for the
 * language), or a {@link Text} already built by the translator (e.g. "Name (Organisation)", whose
 * parts are isolated one by one), inserted as is.
 */
export type ParamValue = string | number | Text;

/** The rest-arguments of `t(key, …)`: nothing for a message without placeholders, else all of them. */
export type MessageArgs<K extends MessageKey> = [ParamName<K>] extends [never]
  ? []
  : [params: { readonly [P in ParamName<K>]: ParamValue }];

/**
 * The plural messages: a key `x.other` in English makes `x` a plural message, `x.one`… its forms
 * (see plural.ts and `Translator.plural`).
 */
export type PluralBase = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/** The forms a language may add to a plural message besides English's (Arabic's zero, two, few, many). */
export type ExtraPluralKey = `${PluralBase}.${(typeof EXTRA_PLURAL_CATEGORIES)[number]}`;

/** A complete catalogue as used at run time. */
export type Catalogue = { readonly [K in MessageKey]: string } & { readonly [K in ExtraPluralKey]?: string };

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/**
 * The type of a translation of a message with placeholders `P`: any string that contains every
 * `{p}` (an intersection of template literal types, one per placeholder).
 */
export type MessageTemplate<P extends string> = [P] extends [never]
  ? string
  : UnionToIntersection<P extends string ? `${string}{${P}}${string}` : never>;

/**
 * What a translation must look like: exactly the keys of en.ts, each message containing the
 * placeholders of its English original. (A translation cannot drop or rename a placeholder; an
 * extra, unknown placeholder is caught by the catalogue test and by the interpolator.)
 */
export type CatalogueShape = { readonly [K in MessageKey]: MessageTemplate<ParamName<K>> } & { readonly [K in ExtraPluralKey]?: string };


const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholders of a message at run time (for tests and the interpolator). */
export function placeholdersIn(message: string): string[] {
  return Array.from(message.matchAll(PLACEHOLDER), (match) => match[1] ?? '');
}

/** A message cut into literal text and placeholder names, in order. */
export type MessagePart = { literal: string } | { placeholder: string };

export function parseMessage(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ literal: message.slice(last, match.index) });
    parts.push({ placeholder: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < message.length) parts.push({ literal: message.slice(last) });
  return parts;
}
