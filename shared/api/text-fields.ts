import * as z from 'zod/mini';
import { stripBidiControls } from '../email/text';
import { lazySchema } from '../openapi/lazy-schema';

// C0/C1 control characters. One-line fields refuse all of them (so no CR/LF can reach an email
// header), and the LINE and PARAGRAPH SEPARATORs, which emails and pages break lines at like LF;
// multi-line fields allow line feeds and tabs only.
const anyControlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const controlCharacterExceptNewlines = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// Bidi controls (embeddings, overrides, isolates, LRM/RLM/ALM) are removed before anything else:
// they are invisible, no field needs them (every output isolates values itself), and a stray one
// reorders what a reader sees, e.g. the end of a name or a URL. See docs/emails.md.

// Nothing but zero-width and other default-ignorable characters (joiners, soft hyphens, Hangul fillers,
// variation selectors) and white space: shows as nothing, so it is as empty as spaces are. Joiners inside
// a visible name stay (Persian, Indic, emoji sequences need them). Two more look like nothing without being
// default-ignorable (the third outside probe registered both): the BRAILLE PATTERN BLANK (U+2800, a symbol that
// prints as a space, the usual trick for a "blank" user name) and combining marks alone (accents with no
// letter to sit on: "\u0301\u0301" is greeted as "Hello ́́ Benali"). Inside a name they stay.
const nothingVisible = /^[\p{Default_Ignorable_Code_Point}\p{White_Space}\p{M}\u2800]+$/u;

// Characters no reader can read as the writer meant: U+FFFD (what a wrong encoding leaves in place of a
// letter, pasted from a garbled source), the noncharacters (never for interchange) and the private-use
// planes (a glyph only one font or vendor gives, e.g. U+F8FF: a box on badges, in emails and on phones).
const unreadableCharacter = /[\uFFFD\p{Noncharacter_Code_Point}\p{Private_Use}]/u;

/** Refuses text with nothing visible in it, with the words of an empty field. */
export const visibleText = () => z.refine<string>((value) => !nothingVisible.test(value), 'must not be empty');

/** Refuses a line break or another control character, with the words of the one-line fields. */
export const oneLine = () => z.refine<string>((value) => !anyControlCharacter.test(value), 'must be one line without control characters');

/** Refuses a character that shows differently, or as a box, on the reader's device. */
export const readableCharacters = () =>
  z.refine<string>((value) => !unreadableCharacter.test(value), 'must not contain \u{FFFD}, private-use or noncharacter code points (retype the damaged text)');

/** One line of text in any script (Arabic, accented Latin…), trimmed, 1..max characters. */
export const singleLine = (max: number) =>
  z.string().check(
    z.overwrite(stripBidiControls),
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(max, `must be at most ${max} characters`),
    oneLine(),
    visibleText(),
    readableCharacters(),
  );

/**
 * Free text that may span lines, trimmed, 0..max characters. Line ends are LF: CRLF (HTML forms,
 * Windows) and a lone CR become LF before the control-character check, which would refuse the CR.
 */
export const multiLine = (max: number) =>
  z.string().check(
    z.overwrite((value) => stripBidiControls(value).replace(/\r\n?/g, '\n')),
    z.trim(),
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine((value) => !controlCharacterExceptNewlines.test(value), 'must not contain control characters'),
    readableCharacters(),
  );

/** An absolute http(s) URL, e.g. a portfolio; bidi controls removed first (never part of a link). */
export const httpUrl = lazySchema(() => z.pipe(
  z.string().check(z.overwrite(stripBidiControls), z.trim(), z.maxLength(2_000, 'must be at most 2000 characters')),
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
));

export const emailAddress = lazySchema(() => z.pipe(z.string().check(z.trim(), z.maxLength(254, 'must be at most 254 characters')), z.email('must be an email address')));
