import { describe, expect, it } from 'vitest';
import { EmailRenderError, loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import type { RegistrationKind } from '../../shared/email/templates/registration-parts';
import type { Language } from '../../shared/events/event-definition';
import { event, KINDS, LANGUAGES, message, NOW, REGISTRATION_ID } from './fixtures';
import { bare, expectDocumentDirection, visibleText } from './text-helpers';

// Rendering is synchronous once the kinds and catalogues are loaded (the mailer loads the one it sends).
await loadEveryRendering();

/** Words each kind must say in each language: subject start and a status phrase. */
const EXPECTED: Record<RegistrationKind, Record<Language, { subject: string; status: string }>> = {
  'registration-confirmed': {
    fr: { subject: 'Inscription confirmée – #TechDays THE NEXT SOCIETY Maroc', status: 'est confirmée' },
    en: { subject: 'Registration confirmed – #TechDays THE NEXT SOCIETY Morocco', status: 'is confirmed' },
    ar: { subject: 'تأكيد التسجيل – #TechDays THE NEXT SOCIETY المغرب', status: 'تم تأكيد تسجيلك' },
  },
  'registration-waitlisted': {
    fr: { subject: 'Vous êtes sur la liste d’attente – #TechDays THE NEXT SOCIETY Maroc', status: 'Votre position sur la liste d’attente\u00a0: 3.' },
    en: { subject: 'You are on the waiting list – #TechDays THE NEXT SOCIETY Morocco', status: 'Your position on the waiting list: 3.' },
    ar: { subject: 'تسجيلك على قائمة الانتظار – #TechDays THE NEXT SOCIETY المغرب', status: 'ترتيبك في قائمة الانتظار: 3.' },
  },
  'registration-promoted': {
    fr: { subject: 'Une place s’est libérée\u00a0: votre inscription est confirmée – #TechDays THE NEXT SOCIETY Maroc', status: 'jusqu’ici sur liste d’attente, est maintenant confirmée' },
    en: { subject: 'A place is available: your registration is confirmed – #TechDays THE NEXT SOCIETY Morocco', status: 'moved from the waiting list' },
    ar: { subject: 'توفّر مكان: تم تأكيد تسجيلك – #TechDays THE NEXT SOCIETY المغرب', status: 'تم نقل تسجيلك من قائمة الانتظار' },
  },
  'registration-cancelled': {
    fr: { subject: 'Inscription annulée – #TechDays THE NEXT SOCIETY Maroc', status: 'a été annulée' },
    en: { subject: 'Registration cancelled – #TechDays THE NEXT SOCIETY Morocco', status: 'has been cancelled' },
    ar: { subject: 'إلغاء التسجيل – #TechDays THE NEXT SOCIETY المغرب', status: 'تم إلغاء تسجيلك' },
  },
  'registration-details-changed': {
    fr: { subject: 'Vos informations ont été modifiées – #TechDays THE NEXT SOCIETY Maroc', status: 'ont été modifiées\u00a0: nom, organisation, téléphone.' },
    en: { subject: 'Your details were changed – #TechDays THE NEXT SOCIETY Morocco', status: 'were changed: name, organisation, phone.' },
    ar: { subject: 'تم تعديل بياناتك – #TechDays THE NEXT SOCIETY المغرب', status: 'تم تعديل بيانات تسجيلك في' },
  },
};

const GREETING: Record<Language, string> = { fr: 'Bonjour Amina El Idrissi,', en: 'Dear Amina El Idrissi,', ar: 'مرحبًا Amina El Idrissi،' };
const VENUE: Record<Language, string> = { fr: 'Logismed, Casablanca, Maroc', en: 'Logismed, Casablanca, Morocco', ar: 'Logismed، Casablanca، المغرب' };
const DATES: Record<Language, string> = { fr: '9–11 avril 2019', en: '9 – 11 April 2019', ar: '9–11 أبريل 2019' };
const PERSONAL: Record<Language, string> = { fr: 'Ce lien vous est personnel', en: 'This link is personal', ar: 'هذا الرابط خاص بك' };


describe.each(KINDS)('%s', (kind) => {
  describe.each(LANGUAGES)('in %s', (language) => {
    const rendered = renderEmail(message(kind, language), event, { now: NOW });
    const expected = EXPECTED[kind][language];
    const text = bare(rendered.text);
    const htmlText = bare(visibleText(rendered.html));

    it('has the subject in the reader’s language, naming the event', () => {
      expect(bare(rendered.subject)).toBe(expected.subject);
      expect(rendered.subject).not.toMatch(/[\r\n]/);
    });

    it('greets the attendee and says the status, in both parts', () => {
      for (const part of [text, htmlText]) {
        expect(part).toContain(GREETING[language]);
        expect(part).toContain(expected.status);
      }
    });

    it('sets lang and direction on the document', () => {
      expectDocumentDirection(rendered.html, language);
    });

    it('gives the venue, the event dates, the attendee’s organisation and the personal manage link in both parts', () => {
      for (const part of [text, htmlText]) {
        expect(part).toContain('Cluster Solaire');
        expect(part).toContain(VENUE[language]);
        expect(part).toContain(DATES[language]);
        expect(part).toContain(PERSONAL[language]);
        expect(part).toContain(REGISTRATION_ID);
      }
      const url = 'https://rendezvous.example/manage/techdays-casablanca-2019?token=s3cr3t-t0ken';
      expect(rendered.text).toContain(url);
      expect(rendered.html).toContain(`href="${url}"`);
    });

    if (kind === 'registration-cancelled' || kind === 'registration-details-changed') {
      it('lists no programme and attaches nothing', () => {
        expect(text).not.toContain('09:00');
        expect(rendered.attachments).toEqual([]);
      });
    } else {
      it('lists the chosen sessions in start order with Casablanca times, in both parts', () => {
        const titles = ['training-industry-4-0', 'visit-mascir', 'visit-esith'].map(
          (id) => event.programme.find((item) => item.id === id)?.title[language] ?? '',
        );
        for (const part of [text, htmlText]) {
          const positions = titles.map((title) => part.indexOf(title));
          expect(positions.every((position) => position >= 0)).toBe(true);
          expect([...positions].sort((a, b) => a - b)).toEqual(positions);
          // visit-mascir: 2019-04-11T09:00:00+01:00 to 11:00.
          expect(part).toMatch(/09:00\s?[–-]\s?11:00/);
          expect(part).toContain('11:30');
          expect(part).toContain('UTC+01:00');
        }
      });

      const withCalendar = kind === 'registration-confirmed' || kind === 'registration-promoted';
      it(withCalendar ? 'attaches the .ics' : 'attaches no .ics', () => {
        expect(rendered.attachments).toHaveLength(withCalendar ? 1 : 0);
        if (withCalendar) {
          expect(rendered.attachments[0]).toMatchObject({ filename: 'techdays-casablanca-2019.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
        }
      });
    }
  });
});

describe('a promotion that could not keep every session chosen (audit of issue 3)', () => {
  const promoted = (fullProgrammeItemIds: string[], language: Language = 'en') => {
    const base = message('registration-promoted', language, { programmeItemIds: ['visit-esith'] }) as Extract<ReturnType<typeof message>, { kind: 'registration-promoted' }>;
    return renderEmail({ ...base, data: { ...base.data, fullProgrammeItemIds } }, event, { now: NOW });
  };

  it.each([
    ['en', 'Some sessions you chose were full when your place was confirmed, so they are not in your programme: Site visit: CTI'],
    ['fr', 'Certaines sessions que vous aviez choisies étaient complètes'],
    ['ar', 'كانت بعض الجلسات التي اخترتها مكتملة عند تأكيد مقعدك'],
  ] as const)('names the full ones in both parts (%s)', (language, sentence) => {
    const rendered = promoted(['visit-cti'], language);
    for (const part of [bare(rendered.text), bare(visibleText(rendered.html))]) expect(part).toContain(sentence);
  });

  it('says nothing of it when every session was kept, and leaves out an item the event no longer has', () => {
    expect(bare(promoted([]).text)).not.toContain('were full');
    const gone = promoted(['visit-cti', 'an-item-removed-since']);
    expect(bare(gone.text)).toContain('not in your programme: Site visit: CTI');
    expect(bare(promoted(['an-item-removed-since']).text)).not.toContain('were full');
  });
});

describe('day names', () => {
  it('are in the reader’s language', () => {
    expect(renderEmail(message('registration-confirmed', 'fr'), event).text).toContain('jeudi 11 avril');
    expect(renderEmail(message('registration-confirmed', 'en'), event).text).toContain('Thursday 11 April');
    expect(renderEmail(message('registration-confirmed', 'ar'), event).text).toContain('الخميس، 11 أبريل');
  });
});

describe('untrusted values', () => {
  const evil = {
    firstName: '<script>alert("first")</script>',
    lastName: '<img src=x onerror=alert(1)>',
    organisation: '"><script>alert(2)</script>',
  };

  it.each(KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))('are escaped in the HTML of %s (%s)', (kind, language) => {
    const rendered = renderEmail(message(kind, language, evil), event);
    expect(rendered.html).not.toMatch(/<script/i);
    expect(rendered.html).not.toMatch(/<img/i);
    expect(rendered.html).toContain('&lt;script&gt;alert(&quot;first&quot;)&lt;/script&gt;');
    expect(rendered.html).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    // The plain-text part shows the name as typed (text is not HTML).
    expect(bare(rendered.text)).toContain('<script>alert("first")</script> <img src=x onerror=alert(1)>');
  });

  it('cannot break lines or reorder text with control characters', () => {
    const rendered = renderEmail(message('registration-confirmed', 'en', { firstName: 'Eve\r\nBcc: x@y.z', lastName: '\u202eevil' }), event);
    expect(rendered.text).toContain('Dear Eve Bcc: x@y.z evil,');
    expect(rendered.text).not.toContain('\u202e');
  });

  it('falls back to a greeting without a name when the name is blank', () => {
    const rendered = renderEmail(message('registration-confirmed', 'fr', { firstName: ' ', lastName: '\n' }), event);
    expect(rendered.text.startsWith('Bonjour,\n')).toBe(true);
  });

  it('refuses a manage link that is not http(s)', () => {
    expect(() => renderEmail(message('registration-confirmed', 'en', { manageUrl: 'javascript:alert(1)' }), event)).toThrow(/http\(s\)/);
  });
});

describe('data errors', () => {
  it('rejects a message for another event', () => {
    const other = { ...message('registration-confirmed', 'en'), eventId: 'another-event' };
    expect(() => renderEmail(other, event)).toThrow(EmailRenderError);
  });

  it('rejects an unknown programme item', () => {
    expect(() => renderEmail(message('registration-confirmed', 'en', { programmeItemIds: ['visit-mascir', 'no-such-item'] }), event)).toThrow(/no-such-item/);
  });

  it('rejects a waiting-list position that is not a positive integer', () => {
    const waitlisted = message('registration-waitlisted', 'en');
    if (waitlisted.kind !== 'registration-waitlisted') throw new Error('fixture');
    expect(() => renderEmail({ ...waitlisted, data: { ...waitlisted.data, waitlistPosition: 0 } }, event)).toThrow(EmailRenderError);
  });

  it('says so when no session was chosen', () => {
    const rendered = renderEmail(message('registration-confirmed', 'en', { programmeItemIds: [] }), event);
    expect(rendered.text).toContain('You have not selected any sessions.');
  });

  it('lists a session chosen twice once', () => {
    const rendered = renderEmail(message('registration-confirmed', 'en', { programmeItemIds: ['visit-mascir', 'visit-mascir'] }), event);
    expect(rendered.text.split('Site visit: MAScIR Foundation').length - 1).toBe(1);
  });
});
