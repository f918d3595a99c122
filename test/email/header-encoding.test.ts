import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime } from '../../shared/email/compose-mime';

// Parsed with mailparser, a lenient reader that (like many mail clients) decodes encoded-words
// wherever it finds them, even inside quoted display names.
async function compose(name: string, subject: string) {
  const raw = await composeMime({
    from: { address: 'rendezvous@example.com', name: 'Rendezvous' },
    to: { address: 'amina@example.org', name },
    replyTo: { address: 'contact@example.org', name },
    subject,
    html: '<p>Bonjour</p>',
    text: 'Bonjour',
  });
  return { raw: raw.toString('latin1'), parsed: await simpleParser(raw) };
}

const fakeWord = '=?utf-8?q?Eve=0D=0ABcc:_victim@evil.example?=';

describe('header values someone typed', () => {
  it('an encoded-word typed into a name reaches the reader as the characters typed, not as a Bcc line', async () => {
    const { raw, parsed } = await compose(fakeWord, 'Bienvenue');
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ address: 'amina@example.org', name: fakeWord }]);
    expect(parsed.bcc).toBeUndefined();
    expect(to?.text).not.toMatch(/[\r\n]/);
    expect(raw).not.toContain(fakeWord);
  });

  it('an encoded-word typed into the subject stays text', async () => {
    const subject = `Inscription de ${fakeWord}`;
    const { raw, parsed } = await compose('Amina', subject);
    expect(parsed.subject).toBe(subject);
    expect(raw).not.toContain(fakeWord);
    expect(parsed.headers.has('bcc')).toBe(false);
  });

  it('plain names and subjects go as they are; Arabic and punctuation are encoded and read back', async () => {
    const { raw, parsed } = await compose('Amina Benali', 'Welcome to TechDays');
    expect(raw).toContain('To: Amina Benali <amina@example.org>');
    expect(raw).toContain('Subject: Welcome to TechDays');
    const arabic = await compose('يوسف "Joe" <x@y>, O\'Brien', 'تأكيد التسجيل');
    const to = Array.isArray(arabic.parsed.to) ? arabic.parsed.to[0] : arabic.parsed.to;
    expect(to?.value).toEqual([{ address: 'amina@example.org', name: 'يوسف "Joe" <x@y>, O\'Brien' }]);
    expect(arabic.parsed.subject).toBe('تأكيد التسجيل');
  });

  it('a name with a line break never adds a header line', async () => {
    const { parsed } = await compose('Eve\r\nBcc: victim@evil.example', 'Hi');
    expect(parsed.bcc).toBeUndefined();
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value.map((mailbox) => mailbox.address)).toEqual(['amina@example.org']);
  });
});
