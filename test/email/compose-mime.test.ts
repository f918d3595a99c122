import addressparser from 'nodemailer/lib/addressparser';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarAttachment } from '../../shared/email/calendar';
import { composeMime, MimeInputError, type ComposeMimeInput } from '../../shared/email/compose-mime';
import { loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import { event, message, NOW } from './fixtures';
import { decodeWords, headerValues, leafParts, splitMessage } from './mime-helpers';

// Rendering is synchronous once the kinds and catalogues are loaded (the mailer loads the one it sends).
await loadEveryRendering();

const FROM = { name: '#TechDays THE NEXT SOCIETY', address: 'no-reply@rendezvous.example' };

function input(overrides: Partial<ComposeMimeInput> = {}): ComposeMimeInput {
  return {
    from: FROM,
    to: { email: 'amina@example.org', name: 'Amina El Idrissi', language: 'fr' },
    subject: 'Inscription confirmée – #TechDays THE NEXT SOCIETY Maroc',
    html: '<p>Bonjour</p>',
    text: 'Bonjour',
    attachments: [],
    date: NOW,
    ...overrides,
  };
}

async function compose(overrides: Partial<ComposeMimeInput> = {}) {
  const raw = (await composeMime(input(overrides))).toString('utf8');
  return { raw, ...splitMessage(raw) };
}

/** The mailboxes of an address header, parsed the way a receiving server would. */
/** The mailboxes of an address field, split first and decoded after, as a careful client reads them. */
function mailboxes(value: string | undefined) {
  return addressparser(value ?? '', { flatten: true }).map((mailbox) => ({ ...mailbox, name: decodeWords(mailbox.name) }));
}

describe('composeMime', () => {
  it('builds a multipart/alternative message with the text and HTML parts', async () => {
    const { headers, raw } = await compose();
    expect(headerValues(headers, 'MIME-Version')).toEqual(['1.0']);
    expect(decodeWords(headerValues(headers, 'Subject')[0] ?? '')).toBe('Inscription confirmée – #TechDays THE NEXT SOCIETY Maroc');
    expect(mailboxes(headerValues(headers, 'To')[0])).toEqual([{ name: 'Amina El Idrissi', address: 'amina@example.org' }]);
    expect(mailboxes(headerValues(headers, 'From')[0])).toEqual([FROM]);
    const parts = leafParts(raw);
    expect(parts.map((part) => headerValues(part.headers, 'Content-Type')[0]?.split(';')[0])).toEqual(['text/plain', 'text/html']);
    expect(parts[1]?.body).toBe('<p>Bonjour</p>');
  });

  it('uses CRLF line endings only', async () => {
    const { raw } = await compose();
    expect(raw).not.toMatch(/[^\r]\n/);
  });

  describe('header injection', () => {
    const attack = 'Eve\r\nBcc: victim@example.com';

    it.each([
      ['CRLF', attack],
      ['LF', 'Eve\nBcc: victim@example.com'],
      ['CR', 'Eve\rBcc: victim@example.com'],
      ['NEL and line separators', 'Eve\u0085Bcc: victim@example.com\u2028Cc: other@example.com'],
    ])('a display name with %s adds no header and no recipient', async (_label, name) => {
      const { headers } = await compose({ to: { email: 'eve@example.com', name, language: 'en' }, replyTo: { name, address: 'reply@example.org' } });
      expect(headerValues(headers, 'Bcc')).toEqual([]);
      expect(headerValues(headers, 'Cc')).toEqual([]);
      expect(headerValues(headers, 'To')).toHaveLength(1);
      const to = mailboxes(headerValues(headers, 'To')[0]);
      expect(to.map((mailbox) => mailbox.address)).toEqual(['eve@example.com']);
      expect(to[0]?.name).toMatch(/^Eve Bcc: victim@example\.com/);
      expect(mailboxes(headerValues(headers, 'Reply-To')[0]).map((mailbox) => mailbox.address)).toEqual(['reply@example.org']);
      expect(headers.map((header) => header.name.toLowerCase()).sort()).toEqual(
        ['content-type', 'date', 'from', 'message-id', 'mime-version', 'reply-to', 'subject', 'to'].sort(),
      );
    });

    it('cuts a long display name visibly: 128 characters, the last an ellipsis', async () => {
      const name = `${'é'.repeat(100)} ${'ع'.repeat(100)}`;
      const { headers } = await compose({ to: { email: 'eve@example.com', name, language: 'en' } });
      const shown = mailboxes(headerValues(headers, 'To')[0])[0]?.name ?? '';
      expect(Array.from(shown)).toHaveLength(128);
      expect(shown).toBe(`${'é'.repeat(100)} ${'ع'.repeat(26)}…`);
    });

    it('a subject with CRLF stays one Subject header and adds no recipient', async () => {
      const { headers } = await compose({ subject: 'Hello\r\nBcc: victim@example.com\r\nX-Evil: 1' });
      expect(headerValues(headers, 'Bcc')).toEqual([]);
      expect(headerValues(headers, 'X-Evil')).toEqual([]);
      const subjects = headerValues(headers, 'Subject');
      expect(subjects).toHaveLength(1);
      expect(decodeWords(subjects[0] ?? '')).toBe('Hello Bcc: victim@example.com X-Evil: 1');
    });

    it('keeps the bidi isolates of an Arabic subject but drops overrides and controls', async () => {
      const subject = 'تأكيد التسجيل – \u2068#TechDays\u2069\u202e\u0007';
      const { headers } = await compose({ subject });
      expect(decodeWords(headerValues(headers, 'Subject')[0] ?? '')).toBe('تأكيد التسجيل – \u2068#TechDays\u2069');
    });

    it.each([
      'eve@example.com, victim@example.com',
      'Eve <eve@example.com>',
      'eve@example.com\r\nBcc: victim@example.com',
      'eve@example.com\n',
      ' eve@example.com',
      'eve@example',
      'not an address',
      '',
      'eve@exa mple.com',
      '"eve"@example.com',
    ])('rejects the address %j with a typed error', async (address) => {
      await expect(composeMime(input({ to: { email: address, name: 'Eve', language: 'en' } }))).rejects.toMatchObject({
        name: 'MimeInputError',
        code: 'invalid-address',
        field: 'to[0]',
      });
      await expect(composeMime(input({ replyTo: { address } }))).rejects.toBeInstanceOf(MimeInputError);
      await expect(composeMime(input({ from: { name: 'x', address } }))).rejects.toBeInstanceOf(MimeInputError);
    });

    it('rejects an empty recipient list', async () => {
      await expect(composeMime(input({ to: [] }))).rejects.toMatchObject({ code: 'no-recipient' });
    });

    it('accepts several valid recipients', async () => {
      const { headers } = await compose({ to: [{ address: 'a@example.org' }, { name: 'B', address: 'b@example.org' }] });
      expect(mailboxes(headerValues(headers, 'To')[0]).map((mailbox) => mailbox.address)).toEqual(['a@example.org', 'b@example.org']);
    });
  });

  describe('custom headers', () => {
    it('sets X- headers with token values', async () => {
      const { headers } = await compose({ headers: { 'X-Rendezvous-Confirmation-Id': '01HV8Z6Q3K4M5N6P7Q8R9S0T1V', 'Auto-Submitted': 'auto-generated' } });
      expect(headerValues(headers, 'X-Rendezvous-Confirmation-Id')).toEqual(['01HV8Z6Q3K4M5N6P7Q8R9S0T1V']);
      expect(headerValues(headers, 'Auto-Submitted')).toEqual(['auto-generated']);
      expect(headerValues(headers, 'Message-ID')).toHaveLength(1);
    });

    it.each([
      [{ Bcc: 'victim@example.com' }, 'reserved-header'],
      [{ 'Message-ID': '<x@y>' }, 'reserved-header'],
      [{ 'Content-Type': 'text/html' }, 'reserved-header'],
      [{ 'X-Bad Name': 'v' }, 'invalid-header-name'],
      [{ 'X-Bad:Name': 'v' }, 'invalid-header-name'],
      [{ 'X-Ok\r\nBcc': 'v' }, 'invalid-header-name'],
      [{ 'X-Rendezvous-Confirmation-Id': 'abc\r\nBcc: victim@example.com' }, 'invalid-header-value'],
      [{ 'X-Rendezvous-Confirmation-Id': 'é' }, 'invalid-header-value'],
      [{ 'X-Rendezvous-Confirmation-Id': '' }, 'invalid-header-value'],
      [{ 'X-Rendezvous-Confirmation-Id': ' padded ' }, 'invalid-header-value'],
    ] as const)('rejects %j (%s)', async (headers, code) => {
      await expect(composeMime(input({ headers }))).rejects.toMatchObject({ name: 'MimeInputError', code });
    });
  });

  describe('attachments', () => {
    it('carries the .ics of a confirmed registration', async () => {
      const rendered = renderEmail(message('registration-confirmed', 'ar'), event, { now: NOW });
      const { raw, headers } = await compose({ subject: rendered.subject, html: rendered.html, text: rendered.text, attachments: rendered.attachments });
      expect(headerValues(headers, 'Content-Type')[0]).toMatch(/^multipart\/mixed/);
      const parts = leafParts(raw);
      const calendar = parts.find((part) => /^text\/calendar/.test(headerValues(part.headers, 'Content-Type')[0] ?? ''));
      expect(calendar).toBeDefined();
      expect(headerValues(calendar?.headers ?? [], 'Content-Type')[0]).toContain('method=PUBLISH');
      expect(headerValues(calendar?.headers ?? [], 'Content-Disposition')[0]).toMatch(/^attachment; filename=techdays-casablanca-2019\.ics/);
      expect(calendar?.body).toBe(rendered.attachments[0]?.content);
      // The Arabic HTML survives the transfer encoding.
      const htmlPart = parts.find((part) => /^text\/html/.test(headerValues(part.headers, 'Content-Type')[0] ?? ''));
      expect(htmlPart?.body).toBe(rendered.html.replace(/\r?\n/g, '\r\n'));
    });

    it('has no attachment for a waitlisted registration', async () => {
      const rendered = renderEmail(message('registration-waitlisted', 'fr'), event, { now: NOW });
      const { raw, headers } = await compose({ subject: rendered.subject, html: rendered.html, text: rendered.text, attachments: rendered.attachments });
      expect(headerValues(headers, 'Content-Type')[0]).toMatch(/^multipart\/alternative/);
      expect(raw).not.toContain('text/calendar');
      expect(raw).not.toMatch(/Content-Disposition: attachment/i);
    });

    it('sends a meeting REQUEST as a calendar alternative that clients treat as an invitation', async () => {
      const invitation = calendarAttachment(
        {
          method: 'REQUEST',
          stamp: NOW,
          entries: [
            {
              uid: 'meeting.01HV@techdays-casablanca-2019.rendezvous',
              timing: { kind: 'instants', start: '2019-04-09T14:00:00+01:00', end: '2019-04-09T14:20:00+01:00' },
              summary: 'B2B',
              organizer: { name: 'Organisers', email: 'welcome@thenextsociety.co' },
              attendees: [{ email: 'amina@example.org' }],
            },
          ],
        },
        'invite.ics',
      );
      const { raw } = await compose({ attachments: [invitation] });
      const types = leafParts(raw).map((part) => headerValues(part.headers, 'Content-Type')[0] ?? '');
      expect(types.some((type) => /^text\/calendar/.test(type) && /method=REQUEST/.test(type))).toBe(true);
    });

    it('rejects a content type that could smuggle headers', async () => {
      const bad = { filename: 'a.ics', contentType: 'text/calendar\r\nBcc: victim@example.com', content: buildCalendar({ method: 'PUBLISH', stamp: NOW, entries: [{ uid: 'a@b', timing: { kind: 'days', first: '2019-04-09', last: '2019-04-09' }, summary: 'x' }] }) };
      await expect(composeMime(input({ attachments: [bad] }))).rejects.toMatchObject({ code: 'invalid-attachment' });
    });

    it('cleans attachment filenames', async () => {
      const { raw } = await compose({ attachments: [{ filename: '../evil\r\nBcc: x@y.z.txt', contentType: 'text/plain', content: 'x' }] });
      const part = leafParts(raw).find((leaf) => headerValues(leaf.headers, 'Content-Disposition').length > 0);
      expect(headerValues(part?.headers ?? [], 'Bcc')).toEqual([]);
      expect(decodeWords(headerValues(part?.headers ?? [], 'Content-Disposition')[0] ?? '')).not.toMatch(/[\\/]/);
    });
  });
});
