/**
 * Just enough MIME parsing for the tests to look at composeMime's output independently of
 * nodemailer's own parser: header unfolding, RFC 2047 decoding, multipart splitting, body decoding.
 */

export interface Header {
  name: string;
  value: string;
}

export interface MimePart {
  headers: Header[];
  body: string;
}

/** Splits a message or part into its header lines (unfolded) and its raw body. */
export function splitMessage(raw: string): { headers: Header[]; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const body = end === -1 ? '' : raw.slice(end + 4);
  const unfolded = head.replace(/\r\n(?=[ \t])/g, '');
  const headers = unfolded.split('\r\n').map((line) => {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`Not a header line: ${JSON.stringify(line)}`);
    return { name: line.slice(0, colon), value: line.slice(colon + 1).trim() };
  });
  return { headers, body };
}

export function headerValues(headers: readonly Header[], name: string): string[] {
  return headers.filter((header) => header.name.toLowerCase() === name.toLowerCase()).map((header) => header.value);
}

/** Decodes RFC 2047 encoded words (UTF-8, Q or B); adjacent encoded words join without the space. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_match, _charset: string, encoding: string, text: string) => {
      if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => `%${hex}`);
      return decodeURIComponent(bytes.replace(/%(?![0-9A-Fa-f]{2})/g, '%25'));
    });
}

function parameter(value: string, name: string): string | undefined {
  return new RegExp(`;\\s*${name}="?([^";]+)"?`, 'i').exec(value)?.[1];
}

/** Every leaf part of a message, depth first, with its decoded body. */
export function leafParts(raw: string): MimePart[] {
  const { headers, body } = splitMessage(raw);
  const contentType = headerValues(headers, 'Content-Type')[0] ?? 'text/plain';
  const boundary = parameter(contentType, 'boundary');
  if (/^multipart\//i.test(contentType) && boundary) {
    const sections = body.split(`--${boundary}`).slice(1, -1);
    return sections.flatMap((section) => leafParts(section.replace(/^\r\n/, '').replace(/\r\n$/, '')));
  }
  const encoding = (headerValues(headers, 'Content-Transfer-Encoding')[0] ?? '7bit').toLowerCase();
  let decoded = body;
  if (encoding === 'base64') decoded = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-Fa-f]{2})|([^=])/gs, (_m, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCharCode(parseInt(hex, 16)) : (char ?? ''),
    );
    decoded = Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return [{ headers, body: decoded }];
}
