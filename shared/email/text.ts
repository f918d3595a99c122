/**
 * Text hygiene shared by the renderer (untrusted values in bodies) and the MIME composer
 * (display names, subject, filenames). Pure string functions, no escaping: escaping is the job of
 * the output format (html.ts for HTML, header-value.ts for headers).
 */

/** Line breaks of every kind: CR, LF, VT, FF, NEL, LINE/PARAGRAPH SEPARATOR, and TAB. */
const LINE_BREAKS_AND_TABS = /[\t\n\u000b\u000c\r\u0085\u2028\u2029]+/g;
/** The other C0 and C1 control characters and DEL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
/** Bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO): a classic spoofing tool in names. */
const BIDI_EMBEDDINGS = /[\u202a-\u202e]/g;
/** Bidi isolates (LRI, RLI, FSI, PDI). The renderer adds its own around values. */
const BIDI_ISOLATES = /[\u2066-\u2069]/g;

/** Every bidi formatting control: embeddings, overrides, isolates, and the LRM/RLM/ALM marks. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes every bidi formatting character. Names, messages and URLs never need one: where text
 * is shown, the output isolates each value itself (`<bdi>`, FSI…PDI), and a control a sender
 * typed could otherwise reorder what the reader sees (e.g. a URL that reads differently from
 * where it leads).
 */
export function stripBidiControls(value: string): string {
  return value.replace(BIDI_CONTROLS, '');
}

export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

export interface SingleLineOptions {
  /** Keep bidi isolates (FSI…PDI) the renderer put around values, e.g. in an Arabic subject. */
  keepIsolates?: boolean;
  /** Cut the result to this many code points (after cleaning), the last one an ellipsis so the cut shows. */
  maxLength?: number;
}

/**
 * Makes untrusted text safe to show on one line: line breaks and tabs become a space, other
 * control characters and bidi embeddings/overrides are removed (isolates too unless kept),
 * whitespace runs collapse, and the result is NFC-normalised and trimmed.
 */
export function toSingleLine(value: string, options: SingleLineOptions = {}): string {
  let text = value
    .normalize('NFC')
    .replace(LINE_BREAKS_AND_TABS, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .replace(BIDI_EMBEDDINGS, '');
  if (!options.keepIsolates) text = text.replace(BIDI_ISOLATES, '');
  text = text.replace(/ {2,}/g, ' ').trim();
  if (options.maxLength !== undefined) {
    const codePoints = Array.from(text);
    if (codePoints.length > options.maxLength) text = `${codePoints.slice(0, options.maxLength - 1).join('').trimEnd()}…`;
  }
  return text;
}

/** Every kind of line break, as a separator (CRLF counts once). */
const LINE_SEPARATORS = /\r\n|[\n\u000b\u000c\r\u0085\u2028\u2029]/;

/**
 * Makes untrusted multi-line text (a coverage plan, a reason) safe to show line by line: each
 * line is cleaned like {@link toSingleLine}, runs of blank lines become one blank line, and blank
 * lines at the start and end are dropped. An empty array means there is nothing to show.
 */
export function toLines(value: string): string[] {
  const lines: string[] = [];
  for (const line of value.normalize('NFC').split(LINE_SEPARATORS).map((raw) => toSingleLine(raw))) {
    if (line === '' && (lines.length === 0 || lines.at(-1) === '')) continue;
    lines.push(line);
  }
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Wraps text in a first-strong isolate so its direction does not leak into the sentence around it. */
export function isolate(text: string): string {
  return FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
}

/** Whether the string contains any character that must never reach a header line as is. */
export function hasLineBreakOrControl(value: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value);
}
