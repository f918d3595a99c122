import { randomBytes } from 'node:crypto';

/**
 * A MIME entity as a tree, and its serialisation: a leaf has its header lines and its already
 * encoded body; a multipart has its subtype and its parts. Header lines are written as given:
 * compose-mime.ts checks and encodes every value before it gets here.
 */
export type MimePart =
  | { headers: readonly string[]; body: string }
  | { multipart: 'mixed' | 'alternative' | 'related'; parts: readonly MimePart[] };

/**
 * A boundary no encoded body can contain: `=_` never occurs in quoted-printable (`=` is followed
 * by two hex digits or a line break) nor in base64, and the random part keeps nested ones apart.
 */
const newBoundary = (): string => `=_rendezvous_${randomBytes(12).toString('hex')}`;

/** The part's header section and body, CRLF-separated; `extraHeaders` come first (the message's own). */
export function writePart(part: MimePart, extraHeaders: readonly string[] = []): string {
  if ('body' in part) return [...extraHeaders, ...part.headers, '', part.body].join('\r\n');
  const boundary = newBoundary();
  // A related part says what its root is (the HTML), as RFC 2387 asks.
  const rootType = part.multipart === 'related' ? '; type="text/html"' : '';
  const head = [...extraHeaders, `Content-Type: multipart/${part.multipart}${rootType};\r\n boundary="${boundary}"`];
  const children = part.parts.flatMap((child) => [`--${boundary}`, writePart(child)]);
  return [...head, '', ...children, `--${boundary}--`, ''].join('\r\n');
}
