/**
 * The few pieces of RFC 5545 syntax our calendars need, written here instead of taken from
 * ical-generator (35 KB of the mailer's and the agenda feed's cold start for what follows):
 * TEXT escaping, DATE and UTC DATE-TIME values, and content lines folded at 75 octets.
 */

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export const icalText = (value: string): string => value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r\n|\r|\n/g, '\\n');

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** A DATE value of the date's UTC day, e.g. `20190409`. */
export const icalDate = (date: Date): string => `${date.getUTCFullYear()}${twoDigits(date.getUTCMonth() + 1)}${twoDigits(date.getUTCDate())}`;

/** A UTC DATE-TIME value, e.g. `20190409T130000Z`. */
export const icalDateTime = (date: Date): string =>
  `${icalDate(date)}T${twoDigits(date.getUTCHours())}${twoDigits(date.getUTCMinutes())}${twoDigits(date.getUTCSeconds())}Z`;

/** Longest content line, in octets, before folding (RFC 5545 §3.1). */
const LINE_OCTETS = 75;

/**
 * One content line folded so that no line exceeds 75 octets: CRLF and a space before the rest,
 * never inside a UTF-8 character.
 */
export function foldedLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > LINE_OCTETS) {
      lines.push(current);
      // The continuation's leading space counts in its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}
