import { stripBidiControls } from './text';

/**
 * HTML building for emails. Every value interpolated into {@link html} is escaped unless it is
 * already {@link SafeHtml}; the only ways to make SafeHtml from a plain string are the `html`
 * tag itself and {@link trustedHtml}, an explicit, greppable opt-in for markup we wrote.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * A fragment of markup that is safe to insert as is. The class is not exported: the only ways to
 * get one are {@link html} and {@link trustedHtml}, and the private field makes the type nominal.
 */
class SafeHtmlFragment {
  readonly #markup: string;

  constructor(markup: string) {
    this.#markup = markup;
  }

  toString(): string {
    return this.#markup;
  }
}
export type SafeHtml = SafeHtmlFragment;

/** Whether a value is markup made by this module (as opposed to text that must be escaped). */
export function isSafeHtml(value: unknown): value is SafeHtml {
  return value instanceof SafeHtmlFragment;
}

/** What may be interpolated into {@link html}: text (escaped), numbers, markup, lists, or nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function interpolate(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtmlFragment) return value.toString();
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return escapeHtml(String(value));
  if (Array.isArray(value)) return value.map(interpolate).join('');
  // A value the types forbid (an object, `true`…): refuse rather than print "[object Object]".
  throw new TypeError(`Cannot interpolate a ${typeof value} into HTML`);
}

/**
 * Tagged template for markup: the literal parts are trusted, every `${value}` is escaped
 * (strings, numbers, and each element of arrays), except values that are already SafeHtml.
 *
 * ```ts
 * html`<p>Hello ${name}</p>`        // name "<b>" → <p>Hello &lt;b&gt;</p>
 * html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    markup += interpolate(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtmlFragment(markup);
}

/**
 * Opt-in for markup that is not built with {@link html}: the caller vouches that `markup` is
 * trusted (a constant written by us). Never pass user or database text here.
 */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtmlFragment(markup);
}

/**
 * Text a person typed (a name, a message), isolated so its direction cannot leak into the page
 * around it and stripped of bidi controls (records written before input was cleaned may hold
 * some). `block` shows it as its own block with line breaks kept, for multi-line text.
 */
export function userText(value: string | undefined, options: { block?: boolean } = {}): SafeHtml {
  const cleaned = stripBidiControls(value ?? '');
  return options.block ? html`<bdi style="display:block;white-space:pre-line">${cleaned}</bdi>` : html`<bdi>${cleaned}</bdi>`;
}

/** Joins fragments with a separator (itself escaped unless SafeHtml). */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = interpolate(separator);
  return new SafeHtmlFragment(
    parts
      .map(interpolate)
      .filter((part) => part !== '')
      .join(sep),
  );
}

export class UnsafeUrlError extends Error {
  constructor(readonly url: string) {
    super('Only absolute http(s) URLs may be linked from an email');
    this.name = 'UnsafeUrlError';
  }
}

/**
 * Checks that a URL is an absolute http(s) URL before it goes into an `href` (escaping alone does
 * not stop `javascript:`). Returns the URL as the caller wrote it (still to be escaped by `html`).
 */
export function assertSafeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsafeUrlError(url);
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || /[\s\u0000-\u001f\u007f]/.test(url) || stripBidiControls(url) !== url) {
    throw new UnsafeUrlError(url);
  }
  return url;
}

/** Whether {@link assertSafeUrl} accepts a URL: for untrusted links that are shown as text otherwise. */
export function isSafeUrl(url: string): boolean {
  try {
    assertSafeUrl(url);
    return true;
  } catch {
    return false;
  }
}
