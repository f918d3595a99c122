import { html, joinHtml, type SafeHtml } from './html';
import type { Text } from './i18n/translator';
import { POP_DIRECTIONAL_ISOLATE, toSingleLine } from './text';

const LEFT_TO_RIGHT_ISOLATE = '\u2066';

/**
 * A run of Latin text, with the neutral characters it starts with ("#TechDays THE NEXT SOCIETY",
 * ".ics"): from a character that is neither a space nor Arabic to the last Latin letter or digit
 * (or closing bracket) before Arabic text or the end.
 */
const LATIN_RUN = /[^\s\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff][^\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]*[A-Za-z0-9\u00c0-\u024f)\]]/g;

/**
 * Where the Latin runs of `value` are, as [start, end) offsets in its UTF-16 code units: the badges
 * draw an Arabic event name with each run kept left to right, as the emails and pages isolate it.
 */
export function latinRunRanges(value: string): [start: number, end: number][] {
  return Array.from(value.matchAll(LATIN_RUN), (match) => [match.index, match.index + match[0].length]);
}

/** The value on one line, cut into the text between Latin runs and the runs themselves. */
function latinRunSegments(value: string): { before: string; run: string }[] {
  const cleaned = toSingleLine(value);
  const segments: { before: string; run: string }[] = [];
  let last = 0;
  for (const match of cleaned.matchAll(LATIN_RUN)) {
    segments.push({ before: cleaned.slice(last, match.index), run: match[0] });
    last = match.index + match[0].length;
  }
  segments.push({ before: cleaned.slice(last), run: '' });
  return segments;
}

/**
 * A right-to-left phrase as plain text with each Latin run between LRI and PDI: the web app's
 * headings and document titles, which are text, not HTML (see {@link latinRunsIsolated}).
 */
export function latinRunsIsolatedPlain(value: string): string {
  return latinRunSegments(value)
    .map(({ before, run }) => (run === '' ? before : `${before}${LEFT_TO_RIGHT_ISOLATE}${run}${POP_DIRECTIONAL_ISOLATE}`))
    .join('');
}

/**
 * A flat string for a right-to-left phrase with each Latin run isolated left to right: in
 * "#TechDays THE NEXT SOCIETY المغرب" the "#" then stays in front of "TechDays" (a right-to-left
 * isolate alone shows "TechDays THE NEXT SOCIETY#") and the brand reads before "المغرب". For
 * names we write (the event's), not for text people type: a run cannot tell where a typed
 * quotation mark belongs.
 */
export function latinRunsIsolated(value: string): Text {
  const segments = latinRunSegments(value);
  const parts: SafeHtml[] = segments.map(({ before, run }) => (run === '' ? html`${before}` : html`${before}<bdi dir="ltr">${run}</bdi>`));
  return { plain: latinRunsIsolatedPlain(value), html: joinHtml(parts) };
}
