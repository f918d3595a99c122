import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime } from '../../shared/email/compose-mime';
import { base64Body, encodedWords, encodeText, foldedHeader, headerParameter, quotedPrintable } from '../../shared/email/mime-encoding';
import { decodeWords, headerValues, leafParts, splitMessage } from './mime-helpers';

/** Decodes quoted-printable the way mime-helpers.ts does, on a body alone. */
const decodeQuotedPrintable = (body: string): string => leafParts(`Content-Transfer-Encoding: quoted-printable\r\n\r\n${body}`)[0]!.body;

const longestLine = (text: string): number => Math.max(...text.split('\r\n').map((line) => line.length));

describe('MIME encodings (ours, in place of nodemailer)', () => {
  it('quoted-printable: round trip, lines within 76, escapes never split, trailing spaces escaped', () => {
    const text = `${'é'.repeat(60)} fin \n${'a='.repeat(80)}\r\nتأكيد التسجيل \t\nlast line `;
    const encoded = quotedPrintable(text);
    expect(longestLine(encoded)).toBeLessThanOrEqual(76);
    expect(encoded).not.toMatch(/=(?![0-9A-F]{2}|\r\n|$)/m);
    expect(encoded).not.toMatch(/[ \t]\r\n|[ \t]$/);
    expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\r?\n/g, '\r\n'));
  });

  it('base64 bodies in lines of 76', () => {
    const bytes = Buffer.from(Array.from({ length: 500 }, (_, index) => index % 256));
    const encoded = base64Body(bytes);
    expect(longestLine(encoded)).toBe(76);
    expect(Buffer.from(encoded.replace(/\r\n/g, ''), 'base64')).toEqual(bytes);
  });

  it('text is quoted-printable when Latin letters outnumber the rest (French, HTML markup around Arabic), base64 otherwise (Arabic)', () => {
    expect(encodeText('Bonjour Amina, votre inscription est confirmée.').encoding).toBe('quoted-printable');
    expect(encodeText('<p dir="rtl" style="margin:0">تأكيد</p>').encoding).toBe('quoted-printable');
    expect(encodeText('مرحبًا أمينة، تم تأكيد تسجيلك').encoding).toBe('base64');
  });

  it('encoded-words stay within 75 characters, never cut a character, and decode to the value', () => {
    const value = '🎟️ تأكيد التسجيل – #TechDays THE NEXT SOCIETY Maroc, édition 2019 '.repeat(3).trim();
    const words = encodedWords(value);
    for (const word of words.split('\r\n ')) expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(longestLine(words)).toBeLessThanOrEqual(75);
    expect(decodeWords(words.replace(/\r\n /g, ' '))).toBe(value);
  });

  it('folds a plain header at spaces, and unfolding gives the value back', () => {
    const value = 'Registration confirmed – a very long event name that goes on and on, well past one line of a header';
    const folded = foldedHeader('Subject', value);
    expect(longestLine(folded)).toBeLessThanOrEqual(76);
    expect(folded.replace(/\r\n(?= )/g, '')).toBe(`Subject: ${value}`);
  });

  it('writes parameters as a token, a quoted string, or RFC 2231 UTF-8', () => {
    expect(headerParameter('filename', 'techdays-2019.ics')).toBe('filename=techdays-2019.ics');
    expect(headerParameter('filename', '_evil Bcc: x@y.z.txt')).toBe('filename="_evil Bcc: x@y.z.txt"');
    expect(headerParameter('filename', 'billet été.png')).toBe("filename*=utf-8''billet%20%C3%A9t%C3%A9.png");
  });
});

describe('composeMime: the message as a reader (and the local SES store, mailparser) sees it', () => {
  const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  const invitation = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';

  async function compose() {
    return composeMime({
      from: { name: 'TechDays – Maroc', address: 'no-reply@rendezvous.example' },
      to: { email: 'amina@example.org', name: 'أمينة', language: 'ar' },
      subject: 'تأكيد التسجيل',
      html: '<p>مرحبًا</p><img src="cid:ticket-qr" alt="QR">',
      text: 'مرحبًا',
      attachments: [
        { filename: 'ticket.png', contentType: 'image/png', content: png, encoding: 'base64', contentId: 'ticket-qr' },
        { filename: 'meeting.ics', contentType: 'text/calendar; charset=utf-8; method=REQUEST', content: invitation },
        { filename: 'programme.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
      ],
      headers: { 'X-Rendezvous-Confirmation-Id': '01HV' },
    });
  }

  it('nests text, HTML with its inline image, and the invitation as alternatives, files beside them', async () => {
    const raw = (await compose()).toString('utf8');
    const types = leafParts(raw).map((part) => headerValues(part.headers, 'Content-Type')[0]?.replace(/\s+/g, ' '));
    expect(types).toEqual([
      'text/plain; charset=utf-8',
      'text/html; charset=utf-8',
      'image/png; name=ticket.png',
      'text/calendar; charset=utf-8; method=REQUEST',
      'application/ics; name=meeting.ics',
      'text/calendar; charset=utf-8; method=PUBLISH; name=programme.ics',
    ]);
    expect(raw).toMatch(/Content-Type: multipart\/mixed;[\s\S]*Content-Type: multipart\/alternative;[\s\S]*Content-Type: multipart\/related; type="text\/html";/);
    const image = leafParts(raw)[2]!;
    expect(headerValues(image.headers, 'Content-ID')).toEqual(['<ticket-qr>']);
    expect(headerValues(image.headers, 'Content-Disposition')[0]).toMatch(/^inline;/);
    expect(splitMessage(raw).headers.map((header) => header.name)).toEqual([
      'From',
      'To',
      'Subject',
      'X-Rendezvous-Confirmation-Id',
      'Message-ID',
      'Date',
      'MIME-Version',
      'Content-Type',
    ]);
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  it('parses back (mailparser, as aws-ses-v2-local stores it): names, subject, bodies, inline image, files', async () => {
    const parsed = await simpleParser(await compose());
    expect(parsed.subject).toBe('تأكيد التسجيل');
    expect(parsed.from?.value).toEqual([{ name: 'TechDays – Maroc', address: 'no-reply@rendezvous.example' }]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ name: 'أمينة', address: 'amina@example.org' }]);
    expect(parsed.text?.trim()).toBe('مرحبًا');
    // mailparser inlines a related image as a data URL, as the local SES store shows it.
    expect(parsed.html).toContain(`src="data:image/png;base64,${png}"`);
    expect(parsed.attachments.map((file) => [file.contentType, file.filename ?? null, file.related ?? false])).toEqual([
      ['image/png', 'ticket.png', true],
      ['text/calendar', null, false],
      ['application/ics', 'meeting.ics', false],
      ['text/calendar', 'programme.ics', false],
    ]);
    expect(parsed.attachments[1]!.content.toString('utf8')).toBe(invitation);
  });
});
