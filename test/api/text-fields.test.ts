import { describe, expect, it } from 'vitest';
import { PressAccreditationRequest } from '../../shared/api/press-api';
import { multiLine, singleLine } from '../../shared/api/text-fields';
import { safeValidate } from '../../shared/validation';

const messages = (value: unknown) => {
  const result = safeValidate(singleLine(100), value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

// Found by the outside probe: "must not be empty" and "one line" held for spaces, tabs and CR/LF, but
// a name of zero-width characters alone was accepted (the email said "Hello ‍ Benali"), and so was a
// LINE SEPARATOR, which the emails and pages break the line at.
describe('one-line text fields (names, organisations, job titles, media outlets)', () => {
  it('refuse a value with nothing visible in it: zero-width characters, joiners, soft hyphens, fillers', () => {
    for (const invisible of ['\u200b', '\u200d', '\u200c\u200d', '\u2060', '\u00ad', '\u3164', '\u115f', '\u034f', '\ufe0f', ' \u200b ', '\u200f\u200b']) {
      expect(messages(invisible), JSON.stringify(invisible)).toEqual(['must not be empty']);
    }
  });

  // The third outside probe: two more that show as nothing without being default-ignorable.
  it('refuse the braille blank and combining marks with no letter to sit on, and keep them inside a name', () => {
    for (const invisible of ['\u2800', '\u2800 \u2800', '\u0301\u0301', ' \u0301', '\u0651\u200d']) {
      expect(messages(invisible), JSON.stringify(invisible)).toEqual(['must not be empty']);
    }
    for (const name of ['Ame\u0301lie', '\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f', 'क्ष', '\u2800Amina']) expect(messages(name), name).toEqual([]);
  });

  it('keep joiners inside a visible name (Persian and Indic names need them; emoji sequences are joined with them)', () => {
    for (const name of ['\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645', 'क्\u200dष', '👩🏽\u200d💻 Amina', 'Ama\u00adlia']) expect(messages(name), name).toEqual([]);
  });

  it('refuse the Unicode line and paragraph separators as they refuse CR and LF', () => {
    for (const broken of ['Amina\u2028Benali', 'Amina\u2029Benali']) expect(messages(broken), JSON.stringify(broken)).toEqual(['must be one line without control characters']);
  });

  // The third outside probe registered a name holding U+FFFD and one of private-use characters: the first is
  // text a wrong encoding already damaged, the second a box on badges, in emails and on most phones.
  it('refuse U+FFFD, noncharacters and private-use characters, naming the damage', () => {
    const unreadable = 'must not contain \ufffd, private-use or noncharacter code points (retype the damaged text)';
    for (const damaged of ['M\ufffdller', '\uf8ff Apple', 'Amina\ufdd0', 'Amina\uffff', 'Amina \u{F0000}', 'Amina \u{10FFFD}']) {
      expect(messages(damaged), JSON.stringify(damaged)).toEqual([unreadable]);
      expect(safeValidate(multiLine(100), `line\n${damaged}`).success, JSON.stringify(damaged)).toBe(false);
    }
    for (const readable of ['Müller', 'Ōsaka', '\u{1F600} Amina', '\u{20000}']) expect(messages(readable), readable).toEqual([]);
  });

  it('a coverage plan of zero-width characters is empty too', () => {
    const result = safeValidate(PressAccreditationRequest(), {
      firstName: 'Leila', lastName: 'Mansour', email: 'leila@example.org', mediaOutlet: 'Le Matin', mediaType: 'print', country: 'MA',
      coveragePlan: '\u200b\n\u200d', days: ['2019-04-09'], language: 'fr', consent: true,
    });
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual(['coveragePlan: must not be empty']);
  });
});

// Found by the outside probe: a message, profile or coverage plan with Windows line ends (CRLF, what an
// HTML form or a Windows client sends) was a 400 "must not contain control characters", although the
// schema meant to turn CRLF into LF: it checked for control characters first.
describe('multi-line text fields (messages, profile, coverage plan, reasons)', () => {
  it('take CRLF and a lone CR as line ends and keep LF', () => {
    for (const [typed, kept] of [['a\r\nb', 'a\nb'], ['a\rb', 'a\nb'], ['a\nb', 'a\nb'], ['a\r\n\r\nb', 'a\n\nb']] as const) {
      const result = safeValidate(multiLine(100), typed);
      expect(result.success ? result.data : result.error.issues.map((issue) => issue.message), JSON.stringify(typed)).toBe(kept);
    }
  });

  it('still refuse the other control characters', () => {
    for (const control of ['a\u0000b', 'a\u000bb', 'a\u001bb', 'a\u0085b']) expect(safeValidate(multiLine(100), control).success, JSON.stringify(control)).toBe(false);
  });
});

