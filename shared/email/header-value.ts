import { encodedWords } from './mime-encoding';

/**
 * Header values that carry text someone typed (display names, the subject), written here rather
 * than left to the MIME library: a value is sent as it is only when it is plain (letters, digits,
 * spaces and a few punctuation marks) and otherwise always as RFC 2047 encoded-words. In
 * particular a value that merely looks like an encoded-word (`=?utf-8?q?…?=`) is encoded again,
 * so a reader's client shows the characters typed instead of decoding them into new header lines
 * (a quoted display name is not enough: many clients decode encoded-words inside quotes too).
 * Callers pass values already cleaned to one line (no CR/LF can reach here).
 */

const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9 .'-]*$/;
const PLAIN_TEXT = /^[\x20-\x7e]*$/;
const LOOKS_ENCODED = /=\?/;

function assertOneLine(value: string): void {
  if (/[\r\n]/.test(value)) throw new Error('A header value must be one line');
}

/** `Name <address>` with the name plain or encoded, or the bare address. The address is already checked. */
export function mailboxHeader(mailbox: { name?: string; address: string }): string {
  if (mailbox.name === undefined) return mailbox.address;
  assertOneLine(mailbox.name);
  const name = PLAIN_NAME.test(mailbox.name) ? mailbox.name : encodedWords(mailbox.name);
  return `${name} <${mailbox.address}>`;
}

/** An unstructured value (the subject): as is when printable ASCII that cannot be read as an encoded-word. */
export function unstructuredHeader(value: string): string {
  assertOneLine(value);
  if (PLAIN_TEXT.test(value) && !LOOKS_ENCODED.test(value)) return value;
  return encodedWords(value);
}
