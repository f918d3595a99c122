import * as z from 'zod/mini';
import { stripBidiControls } from '../email/text';
import { lazySchema } from '../openapi/lazy-schema';

// C0/C1 control characters. One-line fields refuse all of them (so no CR/LF can reach an email
// header); multi-line fields allow line feeds and tabs only.
const anyControlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
const controlCharacterExceptNewlines = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// Bidi controls (embeddings, overrides, isolates, LRM/RLM/ALM) are removed before anything else:
// they are invisible, no field needs them (every output isolates values itself), and a stray one
// reorders what a reader sees, e.g. the end of a name or a URL. See docs/emails.md.

/** One line of text in any script (Arabic, accented Latin…), trimmed, 1..max characters. */
export const singleLine = (max: number) =>
  z.string().check(
    z.overwrite(stripBidiControls),
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(max, `must be at most ${max} characters`),
    z.refine((value) => !anyControlCharacter.test(value), 'must be one line without control characters'),
  );

/** Free text that may span lines, trimmed, 0..max characters. */
export const multiLine = (max: number) =>
  z.pipe(
    z.string().check(
      z.overwrite(stripBidiControls),
      z.trim(),
      z.maxLength(max, `must be at most ${max} characters`),
      z.refine((value) => !controlCharacterExceptNewlines.test(value), 'must not contain control characters'),
    ),
    z.transform((value) => value.replace(/\r\n?/g, '\n')),
  );

/** An absolute http(s) URL, e.g. a portfolio; bidi controls removed first (never part of a link). */
export const httpUrl = lazySchema(() => z.pipe(
  z.string().check(z.overwrite(stripBidiControls), z.trim(), z.maxLength(2_000, 'must be at most 2000 characters')),
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
));

export const emailAddress = lazySchema(() => z.pipe(z.string().check(z.trim(), z.maxLength(254, 'must be at most 254 characters')), z.email('must be an email address')));
