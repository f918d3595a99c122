/**
 * The MIME encodings our messages use (RFC 2045 and 2047), written here instead of taken from
 * nodemailer: the mailer's cold start loaded 135 KB of MailComposer for these few functions
 * (docs/benchmarks.md, part 1). Everything here works on UTF-8 and writes CRLF line endings.
 */

/** Longest encoded line of a body (RFC 2045 allows 76 characters). */
const BODY_LINE = 76;
/** Longest folded header line we write (RFC 5322 recommends 78). */
const HEADER_LINE = 76;
/**
 * UTF-8 bytes per encoded-word: 39 bytes are 52 base64 characters, so `=?UTF-8?B?…?=` is 64
 * characters, within RFC 2047's 75, and a folded line stays short.
 */
const WORD_BYTES = 39;

/** Every line break (CRLF, LF or a lone CR) as CRLF. */
export const toCrlf = (text: string): string => text.replace(/\r\n|\r|\n/g, '\r\n');

/** Base64 in lines of 76 characters (attachments, and text that is mostly non-ASCII). */
export function base64Body(content: Buffer): string {
  const encoded = content.toString('base64');
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += BODY_LINE) lines.push(encoded.slice(start, start + BODY_LINE));
  return lines.join('\r\n');
}

/** One byte of a quoted-printable line: as it is when printable ASCII other than `=`, else `=XX`. */
const quotedByte = (byte: number): string =>
  byte >= 33 && byte <= 126 && byte !== 61 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * One line of text (no CRLF inside) in quoted-printable, with soft line breaks (`=` CRLF) so that
 * no line exceeds 76 characters; an escape is never split, and a space or tab ending a line is
 * escaped (transports may strip trailing whitespace).
 */
function quotedPrintableLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  const tokens = [...bytes].map((byte, index) => (byte === 32 || byte === 9) && index < bytes.length - 1 ? String.fromCharCode(byte) : quotedByte(byte));
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current.length + token.length > BODY_LINE - 1) {
      lines.push(`${current}=`);
      current = '';
    }
    current += token;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** Text in quoted-printable (RFC 2045 §6.7): readable as it is when mostly ASCII. Line breaks stay hard breaks. */
export function quotedPrintable(text: string): string {
  return toCrlf(text).split('\r\n').map(quotedPrintableLine).join('\r\n');
}

export type TextTransferEncoding = 'quoted-printable' | 'base64';

/**
 * A text part's body: quoted-printable when Latin letters outnumber non-ASCII characters (French
 * and English text, any HTML: readable as it is), else base64 (Arabic text, two UTF-8 bytes a
 * letter, which quoted-printable would triple). The rule nodemailer applied before, kept so that
 * messages are encoded as they were.
 */
export function encodeText(text: string): { encoding: TextTransferEncoding; body: string } {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const nonAscii = text.match(/[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\uffff]/g)?.length ?? 0;
  return nonAscii < latin ? { encoding: 'quoted-printable', body: quotedPrintable(text) } : { encoding: 'base64', body: base64Body(Buffer.from(toCrlf(text), 'utf8')) };
}

/** `value` cut into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
function utf8Pieces(value: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const character of value) {
    if (current !== '' && Buffer.byteLength(current + character, 'utf8') > maxBytes) {
      pieces.push(current);
      current = '';
    }
    current += character;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * RFC 2047 `=?UTF-8?B?…?=` words, one per folded line (CRLF + space between words is plain
 * header folding, and a reader joins adjacent encoded-words without the space).
 */
export function encodedWords(value: string): string {
  return utf8Pieces(value, WORD_BYTES)
    .map((piece) => `=?UTF-8?B?${Buffer.from(piece, 'utf8').toString('base64')}?=`)
    .join('\r\n ');
}

/**
 * `Name: value` folded at spaces (CRLF before a space) so that lines stay within 76 characters
 * where the value allows it; unfolding gives back the value exactly.
 */
export function foldedHeader(name: string, value: string): string {
  const [first = '', ...rest] = value.split(' ');
  const lines: string[] = [];
  let current = `${name}: ${first}`;
  for (const word of rest) {
    // Never before an empty word: a folded line must not be only whitespace.
    if (word !== '' && current.length + 1 + word.length > HEADER_LINE) {
      lines.push(current);
      current = ` ${word}`;
    } else {
      current += ` ${word}`;
    }
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** A header parameter value: a bare token, a quoted string, or RFC 2231 UTF-8 (`name*=utf-8''…`). */
export function headerParameter(name: string, value: string): string {
  if (/^[!#$%&'*+\-.^_`{|}~0-9A-Za-z]+$/.test(value)) return `${name}=${value}`;
  if (/^[\x20-\x7e]*$/.test(value) && !/["\\]/.test(value)) return `${name}="${value}"`;
  return `${name}*=utf-8''${encodeURIComponent(value).replace(/['()*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
