import { escapeHtml, html, joinHtml, trustedHtml, type SafeHtml } from '../html';
import { isolate, POP_DIRECTIONAL_ISOLATE, toSingleLine } from '../text';
import { parseMessage, type MessageArgs, type MessageKey, type ParamValue, type PluralBase } from './catalogue';
import { withElision } from './elision';
import { pluralForm, type PluralMessage, EXTRA_PLURAL_CATEGORIES } from './plural';
import type { LanguageSettings } from './index';

/**
 * A piece of reader-facing text in both renderings: plain (text part, subject) and HTML (escaped).
 * Templates only ever handle Text, so the two parts of an email cannot drift apart and nothing
 * reaches the HTML part without going through the escaper.
 */
export interface Text {
  readonly plain: string;
  readonly html: SafeHtml;
}

export class MissingMessageParameterError extends Error {
  constructor(
    readonly key: string,
    readonly parameter: string,
  ) {
    super(`Message "${key}" needs a value for {${parameter}}`);
    this.name = 'MissingMessageParameterError';
  }
}

export interface Translator {
  readonly settings: LanguageSettings;
  /** The message `key` in the reader's language with `{placeholders}` filled by {@link Translator.value}. */
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): Text;
  /**
   * The form of plural message `base` for `count` (`Intl.PluralRules` of the reader's locale over
   * the catalogue's `base.one`, `base.two`… `base.other`); `{count}` is filled with `count`.
   */
  plural<B extends PluralBase>(base: B, count: number, ...args: PluralArgs<B>): Text;
  /**
   * A data value (a name, a title, an organisation): cleaned to one line, HTML-escaped and wrapped
   * in `<bdi>` in HTML, and in a first-strong isolate in right-to-left plain text, so a Latin name
   * inside an Arabic sentence (or the reverse) keeps its own order. Numbers are formatted for the
   * language.
   */
  value(value: ParamValue): Text;
  /** Joins texts with the language's list separator (", " or the Arabic comma). */
  list(parts: readonly Text[]): Text;
  /** A trusted literal that is not in the catalogue (e.g. a URL we built): escaped, not isolated. */
  literal(text: string): Text;
  /**
   * A phrase built in the reader's language from several values ("Name (Organisation)"), isolated
   * as a whole in the reader's direction: with `dir="auto"` an Arabic name would turn an English
   * "Name (Organisation)" right-to-left and put the organisation in front of the name.
   */
  phrase(text: string | Text): Text;
}

/** The parameters of a plural message other than `count`. */
type PluralArgs<B extends PluralBase> = MessageArgs<`${B}.other` & MessageKey> extends [params: infer P]
  ? keyof Omit<P, 'count'> extends never
    ? []
    : [params: Omit<P, 'count'>]
  : [];

const isText = (value: ParamValue): value is Text => typeof value === 'object';

const RIGHT_TO_LEFT_ISOLATE = '\u2067';

/**
 * The translator of one loaded language. The catalogue comes with `settings`, so the mailer hands
 * it the one language it loaded (load-language.ts) and never bundles the other two up front;
 * callers that may need any language at once use `createTranslator` (create-translator.ts).
 */
export function translatorFor(settings: LanguageSettings): Translator {
  const numbers = new Intl.NumberFormat(settings.locale);
  const pluralRules = new Intl.PluralRules(settings.locale);

  const value = (raw: ParamValue): Text => {
    if (isText(raw)) return raw;
    if (typeof raw === 'number') {
      const formatted = numbers.format(raw);
      return { plain: formatted, html: html`${formatted}` };
    }
    const cleaned = toSingleLine(raw);
    return {
      plain: settings.dir === 'rtl' ? isolate(cleaned) : cleaned,
      html: html`<bdi>${cleaned}</bdi>`,
    };
  };

  const literal = (text: string): Text => ({ plain: text, html: html`${text}` });

  const fill = (key: string, message: string, params: Readonly<Record<string, ParamValue>>): Text => {
    let plain = '';
    let markup = '';
    const textOf = (placeholder: string) => {
      const raw = params[placeholder];
      return typeof raw === 'string' ? raw : raw !== undefined && isText(raw) ? raw.plain : undefined;
    };
    for (const part of withElision(parseMessage(message), textOf, settings.language)) {
      if ('literal' in part) {
        plain += part.literal;
        markup += escapeHtml(part.literal);
        continue;
      }
      const raw = params[part.placeholder];
      if (raw === undefined) throw new MissingMessageParameterError(key, part.placeholder);
      const filled = value(raw);
      plain += filled.plain;
      markup += filled.html.toString();
    }
    // `markup` is escaped catalogue text plus escaped values: trusted by construction.
    return { plain, html: trustedHtml(markup) };
  };

  const t = <K extends MessageKey>(key: K, ...args: MessageArgs<K>): Text => fill(key, settings.catalogue[key], args[0] ?? {});

  const catalogue: Readonly<Record<string, string | undefined>> = settings.catalogue;
  const formsOf = (base: PluralBase): PluralMessage => {
    const forms: Record<string, string> = { other: catalogue[`${base}.other`] ?? '' };
    for (const category of ['one', ...EXTRA_PLURAL_CATEGORIES]) {
      const form = catalogue[`${base}.${category}`];
      if (form !== undefined) forms[category] = form;
    }
    return forms as PluralMessage;
  };

  const plural = <B extends PluralBase>(base: B, count: number, ...args: PluralArgs<B>): Text => {
    const params = (args as readonly [Readonly<Record<string, ParamValue>>?])[0] ?? {};
    return fill(base, pluralForm(pluralRules, formsOf(base), count), { ...params, count });
  };

  const phrase = (raw: string | Text): Text => {
    // A flat string is isolated once, in the reader's direction (not also `dir="auto"` inside).
    const text = typeof raw === 'string' ? { plain: toSingleLine(raw), html: html`${toSingleLine(raw)}` } : raw;
    return {
      plain: settings.dir === 'rtl' ? `${RIGHT_TO_LEFT_ISOLATE}${text.plain}${POP_DIRECTIONAL_ISOLATE}` : text.plain,
      html: html`<bdi dir="${settings.dir}">${text.html}</bdi>`,
    };
  };

  const list = (parts: readonly Text[]): Text => {
    const separator = settings.catalogue['format.listSeparator'];
    return {
      plain: parts.map((part) => part.plain).join(separator),
      html: joinHtml(
        parts.map((part) => part.html),
        separator,
      ),
    };
  };

  return { settings, t, plural, value, list, literal, phrase };
}
