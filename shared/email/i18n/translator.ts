import type { Language } from '../../events/event-definition';
import { escapeHtml, html, joinHtml, trustedHtml, type SafeHtml } from '../html';
import { isolate, toSingleLine } from '../text';
import { parseMessage, type MessageArgs, type MessageKey, type ParamValue } from './catalogue';
import { languages, type LanguageSettings } from './index';
import { pluralForm } from './plural';
import { pluralCatalogues, type PluralKey } from './plurals';

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
  /** A message of plurals.ts in the form for `count` (Intl.PluralRules), with `{count}` and `params` filled. */
  plural(key: PluralKey, count: number, params?: Readonly<Record<string, ParamValue>>): Text;
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
}

export function createTranslator(language: Language): Translator {
  const settings = languages[language];
  const numbers = new Intl.NumberFormat(settings.locale);

  const value = (raw: ParamValue): Text => {
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
    for (const part of parseMessage(message)) {
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

  const pluralRules = new Intl.PluralRules(settings.locale);
  const plural = (key: PluralKey, count: number, params: Readonly<Record<string, ParamValue>> = {}): Text =>
    fill(key, pluralForm(pluralRules, pluralCatalogues[language][key], count), { ...params, count });

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

  return { settings, t, plural, value, list, literal };
}
