import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { RenderedEmail } from '../../shared/email/email-message';
import { escapeHtml, UnsafeUrlError } from '../../shared/email/html';
import { pressDayUid } from '../../shared/email/press-calendar';
import { EmailRenderError, loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import type { PressKind } from '../../shared/email/templates/press-parts';
import type { Language } from '../../shared/events/event-definition';
import { ACCREDITATION_ID, DECISION_URL, event, LANGUAGES, NOW, PRESS_KINDS, pressMessage, type PressExtras } from './fixtures';
import type { PressAccreditationEmailData } from '../../shared/email/email-message';
import { bare, expectDocumentDirection, visibleText } from './text-helpers';

// Rendering is synchronous once the kinds and catalogues are loaded (the mailer loads the one it sends).
await loadEveryRendering();

type Overrides = Partial<PressAccreditationEmailData & PressExtras>;

function render(kind: PressKind, language: Language, overrides: Overrides = {}, now = NOW): RenderedEmail {
  return renderEmail(pressMessage(kind, language, overrides), event, { now });
}

/** Both parts as plain text (isolates removed), for "says X in both parts" assertions. */
function parts(rendered: RenderedEmail): [text: string, html: string] {
  return [bare(rendered.text), bare(visibleText(rendered.html))];
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const EVENT_NAME: Record<Language, string> = event.name;

/** Subject and a status phrase of each kind in each language (the fixture's notice is an approval). */
const EXPECTED: Record<PressKind, Record<Language, { subject: string; status: string }>> = {
  'press-request-received': {
    en: { subject: `Press accreditation request received – ${EVENT_NAME.en}`, status: 'we have received your request for press accreditation' },
    fr: { subject: `Demande d’accréditation presse reçue – ${EVENT_NAME.fr}`, status: 'nous avons bien reçu votre demande d’accréditation presse' },
    ar: { subject: `تم استلام طلب الاعتماد الصحفي – ${EVENT_NAME.ar}`, status: 'لقد استلمنا طلب الاعتماد الصحفي' },
  },
  'press-review-requested': {
    en: { subject: `Accreditation request: Jane Doe (Le Matin) – ${EVENT_NAME.en}`, status: 'Jane Doe (Le Matin) has applied for press accreditation' },
    fr: { subject: `Demande d’accréditation\u00a0: Jane Doe (Le Matin) – ${EVENT_NAME.fr}`, status: 'Jane Doe (Le Matin) demande une accréditation presse' },
    ar: { subject: `طلب اعتماد صحفي: Jane Doe (Le Matin) – ${EVENT_NAME.ar}`, status: 'وصل طلب اعتماد صحفي من Jane Doe (Le Matin)' },
  },
  'press-approved': {
    en: { subject: `Press accreditation approved – ${EVENT_NAME.en}`, status: 'your press accreditation for' },
    fr: { subject: `Accréditation presse accordée – ${EVENT_NAME.fr}`, status: 'votre accréditation presse pour' },
    ar: { subject: `تمت الموافقة على الاعتماد الصحفي – ${EVENT_NAME.ar}`, status: 'تمت الموافقة على اعتمادك الصحفي' },
  },
  'press-rejected': {
    en: { subject: `Press accreditation request not accepted – ${EVENT_NAME.en}`, status: 'has not been accepted' },
    fr: { subject: `Demande d’accréditation presse non retenue – ${EVENT_NAME.fr}`, status: 'n’a pas été retenue' },
    ar: { subject: `لم يتم قبول طلب الاعتماد الصحفي – ${EVENT_NAME.ar}`, status: 'لم يتم قبول طلب الاعتماد الصحفي الخاص بك' },
  },
  'press-decision-notice': {
    en: { subject: `Accreditation approved: Jane Doe (Le Matin) – ${EVENT_NAME.en}`, status: 'Zineb Rharrasse approved this request on 9 April 2019 at 10:12.' },
    fr: { subject: `Accréditation acceptée\u00a0: Jane Doe (Le Matin) – ${EVENT_NAME.fr}`, status: 'Zineb Rharrasse a accepté cette demande le 9 avril 2019 à 10:12.' },
    ar: {
      subject: `تمت الموافقة على الاعتماد: Jane Doe (Le Matin) – ${EVENT_NAME.ar}`,
      status: 'تمت الموافقة على هذا الطلب من طرف Zineb Rharrasse يوم 9 أبريل 2019 على الساعة 10:12.',
    },
  },
};

const JOURNALIST_KINDS: readonly PressKind[] = ['press-request-received', 'press-approved', 'press-rejected'];
const GREETING: Record<'journalist' | 'contact', Record<Language, string>> = {
  journalist: { en: 'Dear Jane Doe,', fr: 'Bonjour Jane Doe,', ar: 'مرحبًا Jane Doe،' },
  contact: { en: 'Dear Inmaculada Ruiz,', fr: 'Bonjour Inmaculada Ruiz,', ar: 'مرحبًا Inmaculada Ruiz،' },
};

/** The request summary as each language shows it (fixture data, country ES, TV): label, value. */
const SUMMARY: Record<Language, readonly (readonly [string, string])[]> = {
  en: [
    ['Media outlet', 'Le Matin'],
    ['Type of media', 'Television'],
    ['Country', 'Spain'],
    ['Press card number', 'PC-2019-0042'],
    ['Days requested', '9 April 2019, 10 April 2019'],
    ['Requested on', '20 March 2019 at 10:45'],
  ],
  fr: [
    ['Média', 'Le Matin'],
    ['Type de média', 'Télévision'],
    ['Pays', 'Espagne'],
    ['Numéro de carte de presse', 'PC-2019-0042'],
    ['Jours demandés', '9 avril 2019, 10 avril 2019'],
    ['Date de la demande', '20 mars 2019 à 10:45'],
  ],
  ar: [
    ['المؤسسة الإعلامية', 'Le Matin'],
    ['نوع الوسيلة الإعلامية', 'تلفزيون'],
    ['البلد', 'إسبانيا'],
    ['رقم البطاقة الصحفية', 'PC-2019-0042'],
    ['الأيام المطلوبة', '9 أبريل 2019، 10 أبريل 2019'],
    ['تاريخ الطلب', '20 مارس 2019 على الساعة 10:45'],
  ],
};
const SEPARATOR: Record<Language, string> = { en: ': ', fr: '\u00a0: ', ar: ': ' };
const TIME_ZONE: Record<Language, string> = {
  en: 'Times are local times in Morocco (UTC+01:00).',
  fr: 'Les horaires sont indiqués en heure locale\u00a0: Maroc (UTC+01:00).',
  ar: 'جميع الأوقات بالتوقيت المحلي: المغرب (UTC+01:00).',
};

describe.each(PRESS_KINDS)('%s', (kind) => {
  describe.each(LANGUAGES)('in %s', (language) => {
    const rendered = render(kind, language, { country: 'ES', mediaType: 'tv' });
    const expected = EXPECTED[kind][language];
    const audience = JOURNALIST_KINDS.includes(kind) ? 'journalist' : 'contact';

    it('has the subject in the reader’s language, naming the event (and, for press contacts, the journalist and outlet)', () => {
      expect(bare(rendered.subject)).toBe(expected.subject);
      expect(rendered.subject).not.toMatch(/[\r\n]/);
    });

    it('sets lang and direction on the document', () => {
      expectDocumentDirection(rendered.html, language);
    });

    it('greets the reader and says the status, in both parts', () => {
      for (const part of parts(rendered)) {
        expect(part).toContain(GREETING[audience][language]);
        expect(part).toContain(expected.status);
      }
    });

    it('summarises the request with translated labels, country and media type, in both parts', () => {
      const [text, htmlText] = parts(rendered);
      for (const [label, value] of SUMMARY[language]) {
        expect(text).toContain(`${label}${SEPARATOR[language]}${value}\n`);
        expect(htmlText).toContain(`${label}${value}`); // adjacent table cells
      }
      for (const part of [text, htmlText]) {
        expect(part).toContain(TIME_ZONE[language]);
        expect(part).toContain('jane.doe@lematin.example');
        expect(part).toContain('+212 6 12 34 56 78');
        expect(part).toContain('Report on the pitching session.');
        expect(part).toContain(ACCREDITATION_ID);
      }
      expect(rendered.html).toContain('href="https://janedoe.example/portfolio"');
      expect(rendered.html).toContain('href="https://lematin.example/letters/jane-doe.pdf"');
    });

    it(kind === 'press-approved' ? 'attaches the press days as .ics' : 'attaches nothing', () => {
      if (kind !== 'press-approved') {
        expect(rendered.attachments).toEqual([]);
        return;
      }
      expect(rendered.attachments).toHaveLength(1);
      expect(rendered.attachments[0]).toMatchObject({
        filename: 'techdays-casablanca-2019-press.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      });
    });
  });
});

describe('review email (press contact)', () => {
  it('links the decision URL exactly once, as a button, and shows it as text too', () => {
    const rendered = render('press-review-requested', 'en');
    const href = `href="${escapeHtml(DECISION_URL)}"`;
    expect(count(rendered.html, href)).toBe(1);
    expect(count(rendered.html, 'decision?token=')).toBe(2); // the href and the URL as text, not linked
    expect(count(rendered.text, DECISION_URL)).toBe(1);
    expect(visibleText(rendered.html)).toContain(`If the button does not work, copy this address into your browser:${DECISION_URL}`);
  });

  it('escapes the decision URL in the attribute', () => {
    const url = 'https://rendezvous.example/press-accreditations/x/decision?token=a.b&lang=fr';
    const rendered = render('press-review-requested', 'fr', { decisionUrl: url });
    expect(count(rendered.html, 'href="https://rendezvous.example/press-accreditations/x/decision?token=a.b&amp;lang=fr"')).toBe(1);
    expect(rendered.html).not.toContain('&lang=');
  });

  it.each([
    ['en', 'This link works until 3 April 2019 at 10:45.', 'This link is personal to you', 'Approve or reject the request'],
    ['fr', 'Ce lien fonctionne jusqu’au 3 avril 2019 à 10:45.', 'Ce lien vous est personnel', 'Accepter ou refuser la demande'],
    ['ar', 'يظل هذا الرابط صالحًا حتى 3 أبريل 2019 على الساعة 10:45.', 'هذا الرابط خاص بك', 'قبول الطلب أو رفضه'],
  ] as const)('in %s says until when the link works, that it is personal, and labels the button', (language, expiry, personal, button) => {
    const rendered = render('press-review-requested', language);
    for (const part of parts(rendered)) {
      expect(part).toContain(expiry);
      expect(part).toContain(personal);
      expect(part).toContain(button);
    }
  });

  it('refuses a decision link that is not http(s)', () => {
    expect(() => render('press-review-requested', 'en', { decisionUrl: 'javascript:alert(1)' })).toThrow(UnsafeUrlError);
  });

  it('refuses an expiry that is not a date-time', () => {
    expect(() => render('press-review-requested', 'en', { decisionLinkExpiresAt: 'in two weeks' })).toThrow(EmailRenderError);
  });
});

describe('status link (journalist)', () => {
  const statusUrl = `https://rendezvous.example/ar/press-accreditations/${ACCREDITATION_ID}#token=eyJhIjoiMDEifQ.s1gn&x=<b>`;

  it.each([
    ['en', 'See the status of my request', 'This link is personal'],
    ['fr', 'Voir où en est ma demande', 'Ce lien vous est personnel'],
    ['ar', 'الاطلاع على حالة طلبي', 'هذا الرابط خاص بك'],
  ] as const)('in %s, every journalist email links the status page once as a button, escaped, and says it is personal', (language, button, personal) => {
    for (const kind of JOURNALIST_KINDS) {
      const rendered = render(kind, language, { statusUrl });
      expect(count(rendered.html, `href="${escapeHtml(statusUrl)}"`), kind).toBe(1);
      expect(rendered.html).not.toContain('x=<b>');
      expect(count(rendered.text, statusUrl), kind).toBe(1);
      for (const part of parts(rendered)) {
        expect(part, kind).toContain(button);
        expect(part, kind).toContain(personal);
      }
    }
  });

  it('is left out of emails queued before status links', () => {
    for (const kind of JOURNALIST_KINDS) expect(render(kind, 'en').text).not.toContain('See the status of my request');
  });
});

describe('decision notice (other press contacts)', () => {
  it('says who rejected, when, and why', () => {
    const rendered = render('press-decision-notice', 'en', { decision: 'rejected', reason: 'Not a journalist.' });
    expect(bare(rendered.subject)).toBe(`Accreditation rejected: Jane Doe (Le Matin) – ${EVENT_NAME.en}`);
    for (const part of parts(rendered)) {
      expect(part).toContain('Zineb Rharrasse rejected this request on 9 April 2019 at 10:12.');
      expect(part).toContain('Reason given');
      expect(part).toContain('Not a journalist.');
    }
  });

  it('formats the decision time in the event’s time zone, with each offset in the note', () => {
    // 10 May 2019 falls in Ramadan, when Morocco is on UTC+00:00.
    const rendered = render('press-decision-notice', 'fr', { decidedAt: '2019-05-10T10:00:00Z' });
    expect(rendered.text).toContain('Zineb Rharrasse a accepté cette demande le 10 mai 2019 à 10:00.');
    expect(rendered.text).toContain('Maroc (UTC+01:00 / UTC+00:00).');
  });

  it.each([
    ['en', 'The organisers rejected this request on 9 April 2019 at 10:12.'],
    ['fr', 'Les organisateurs ont refusé cette demande le 9 avril 2019 à 10:12.'],
    ['ar', 'تم رفض هذا الطلب من طرف المنظمين يوم'],
  ] as const)('names the organisers, in words of the language, for a decision made in the console (%s)', (language, sentence) => {
    const rendered = render('press-decision-notice', language, { decision: 'rejected', decidedBy: 'Organisers', byOrganisers: true });
    for (const part of parts(rendered)) {
      expect(part).toContain(sentence);
      expect(part).not.toContain('Organisers');
    }
  });

  it('refuses a decision time that is not a date-time', () => {
    expect(() => render('press-decision-notice', 'en', { decidedAt: 'yesterday' })).toThrow(EmailRenderError);
  });
});

describe('approval (journalist)', () => {
  it.each([
    ['en', ['The press area', 'The plenary sessions: Opening ceremony, Cluster pitching session', 'Interviews during the bilateral (B2B) meetings'], ['An identity document', 'Your press card, if you have one', 'This confirmation email']],
    ['fr', ['L’espace presse', 'Les sessions plénières\u00a0: Cérémonie d\'ouverture, Session de pitching des clusters', 'Des interviews pendant les rencontres bilatérales (B2B)'], ['Une pièce d’identité', 'Votre carte de presse, si vous en avez une', 'Cet e-mail de confirmation']],
    ['ar', ['الفضاء المخصص للصحافة', 'الجلسات العامة: حفل الافتتاح، جلسة عرض العناقيد', 'إجراء مقابلات خلال اللقاءات الثنائية (B2B)'], ['وثيقة هوية', 'بطاقتك الصحفية، إن وُجدت', 'رسالة التأكيد هذه']],
  ] as const)('in %s says what it gives access to and what to bring', (language, access, bring) => {
    const rendered = render('press-approved', language);
    for (const part of parts(rendered)) {
      for (const line of [...access, ...bring]) expect(part).toContain(line);
    }
    expect(bare(rendered.text)).toContain(`• ${access[0]}\n`);
  });

  it('only promises the plenary sessions and B2B interviews of the accredited days', () => {
    const [text] = parts(render('press-approved', 'en', { days: ['2019-04-11'] }));
    expect(text).toContain('• The press area');
    expect(text).not.toContain('plenary sessions');
    expect(text).not.toContain('Interviews during');
  });

  it('lists the press contacts to turn to', () => {
    for (const kind of ['press-approved', 'press-rejected'] as const) {
      for (const part of parts(render(kind, 'en'))) {
        expect(part).toContain('Zineb Rharrasse (StartUp Maroc) – Zineb.-rharrasse@startupamaroc.org');
        expect(part).toContain('Inmaculada Ruiz (ANIMA Investment Network) – Inmaculada.ruiz@anima.coop');
      }
    }
  });
});

describe('rejection (journalist)', () => {
  const NEUTRAL = 'Thank you for your interest in the event; we hope to welcome you on another occasion.';

  it('gives the reason when there is one, keeping its line breaks', () => {
    const rendered = render('press-rejected', 'en', { reason: 'The press area is full.\nPlease apply again next year.' });
    const [text, htmlText] = parts(rendered);
    expect(text).toContain('Reason given:\nThe press area is full.\nPlease apply again next year.');
    expect(htmlText).toContain('The press area is full.');
    expect(rendered.html).toContain('The press area is full.</bdi><br>\n<bdi>Please apply again next year.');
    expect(text).not.toContain(NEUTRAL);
  });

  it.each([undefined, ' \n '])('says a neutral sentence without a reason (%j)', (reason) => {
    const [text, htmlText] = parts(render('press-rejected', 'en', reason === undefined ? {} : { reason }));
    expect(text).toContain(NEUTRAL);
    expect(htmlText).toContain(NEUTRAL);
    expect(text).not.toContain('Reason given');
  });

  it('is neutral in French and Arabic too', () => {
    expect(render('press-rejected', 'fr').text).toContain('Nous vous remercions de l’intérêt que vous portez à l’événement');
    expect(render('press-rejected', 'ar').text).toContain('نشكرك على اهتمامك بالفعالية');
  });
});

describe('untrusted values', () => {
  const evil: Overrides = {
    firstName: '<script>alert("first")</script>',
    lastName: '<img src=x onerror=alert(1)>',
    mediaOutlet: '"><b>Outlet</b>',
    pressCardNumber: '<u>PC</u>',
    phone: "'+212'<br>",
    coveragePlan: 'Line <i>one</i>\r\n\r\n\r\n<script>two()</script> & more\n',
    reason: 'Because <em>reasons</em>\n<a href="javascript:x">more</a>',
    decidedBy: '<b>Zineb</b>',
    decision: 'rejected',
  };

  it.each(PRESS_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))('are escaped in the HTML of %s (%s) and shown as typed in the text', (kind, language) => {
    const rendered = render(kind, language, evil);
    expect(rendered.html).not.toMatch(/<script|<img|<b>|<i>|<u>|<em>|'\+212'<br>|href="javascript/i);
    expect(rendered.html).toContain('&lt;script&gt;alert(&quot;first&quot;)&lt;/script&gt;');
    expect(rendered.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(rendered.html).toContain('&quot;&gt;&lt;b&gt;Outlet&lt;/b&gt;');
    expect(rendered.html).toContain('&lt;u&gt;PC&lt;/u&gt;');
    expect(rendered.html).toContain('&#39;+212&#39;&lt;br&gt;');
    // Line breaks kept (blank lines collapsed to one), each line escaped.
    expect(rendered.html).toContain('Line &lt;i&gt;one&lt;/i&gt;</bdi><br>\n<bdi></bdi><br>\n<bdi>&lt;script&gt;two()&lt;/script&gt; &amp; more</bdi>');

    const text = bare(rendered.text);
    expect(text).toContain('<script>alert("first")</script> <img src=x onerror=alert(1)>');
    expect(text).toContain('"><b>Outlet</b>');
    expect(text).toContain('<u>PC</u>');
    expect(text).toContain("'+212'<br>");
    expect(text).toContain('Line <i>one</i>\n\n<script>two()</script> & more\n');
    if (kind === 'press-rejected' || kind === 'press-decision-notice') {
      expect(rendered.html).toContain('Because &lt;em&gt;reasons&lt;/em&gt;</bdi><br>\n<bdi>&lt;a href=&quot;javascript:x&quot;&gt;more&lt;/a&gt;');
      expect(text).toContain('Because <em>reasons</em>\n<a href="javascript:x">more</a>');
    }
    if (kind === 'press-decision-notice') {
      expect(rendered.html).toContain('&lt;b&gt;Zineb&lt;/b&gt;');
      expect(text).toContain('<b>Zineb</b>');
    }
  });

  it('keep the subject on one line with the journalist’s name as typed', () => {
    const rendered = render('press-review-requested', 'en', { firstName: 'Eve\r\nBcc: x@y.z', lastName: '\u202eDoe' });
    expect(rendered.subject).toBe(`Accreditation request: Eve Bcc: x@y.z Doe (Le Matin) – ${EVENT_NAME.en}`);
  });

  it('show a link that is not http(s) as text, never in an href', () => {
    const rendered = render('press-review-requested', 'en', { assignmentLetterUrl: 'javascript:alert(document.cookie)', portfolioUrl: 'data:text/html,<script>x</script>' });
    expect(rendered.html).not.toMatch(/href="(javascript|data):/i);
    expect(rendered.html).toContain('<bdi>javascript:alert(document.cookie)</bdi>');
    expect(rendered.html).toContain('<bdi>data:text/html,&lt;script&gt;x&lt;/script&gt;</bdi>');
    expect(rendered.text).toContain('Assignment letter: javascript:alert(document.cookie)');
  });

  it('say "not provided" for missing optional fields, without links', () => {
    const rendered = render('press-review-requested', 'fr', { phone: undefined, pressCardNumber: ' ', assignmentLetterUrl: undefined, portfolioUrl: undefined, coveragePlan: '\n' });
    const [text] = parts(rendered);
    for (const label of ['Téléphone', 'Numéro de carte de presse', 'Lettre de mission', 'Portfolio']) expect(text).toContain(`${label}\u00a0: Non renseigné`);
    expect(text).toContain('Couverture prévue\u00a0:\nNon renseigné');
    expect(rendered.html).not.toContain('href="https://lematin.example');
  });

  it('name the media type when the outlet is blank', () => {
    expect(bare(render('press-review-requested', 'en', { mediaOutlet: ' ', mediaType: 'freelance' }).subject)).toBe(`Accreditation request: Jane Doe (Freelance) – ${EVENT_NAME.en}`);
  });
});

describe('approval calendar', () => {
  function parse(ics: string) {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    return { calendar, events };
  }

  function icsOf(language: Language, overrides: Overrides = {}, now = NOW): string {
    const attachment = render('press-approved', language, overrides, now).attachments[0];
    if (!attachment) throw new Error('no attachment');
    return attachment.content;
  }

  const DOMAIN = 'techdays-casablanca-2019.rendezvous';

  it('parses with ical.js as a PUBLISH calendar with one all-day VEVENT per press day', () => {
    const { calendar, events } = parse(icsOf('en'));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events.map((entry) => entry.uid)).toEqual([`press.${ACCREDITATION_ID}.2019-04-09@${DOMAIN}`, `press.${ACCREDITATION_ID}.2019-04-10@${DOMAIN}`]);
    expect(events.map((entry) => [entry.startDate.isDate, entry.startDate.toString(), entry.endDate.toString()])).toEqual([
      [true, '2019-04-09', '2019-04-10'], // DTEND of a DATE event is exclusive
      [true, '2019-04-10', '2019-04-11'],
    ]);
    expect(events.every((entry) => entry.location === 'Logismed, Casablanca, Morocco')).toBe(true);
    expect(events.every((entry) => entry.component.getFirstPropertyValue('status') === 'CONFIRMED')).toBe(true);
  });

  it.each([
    ['en', `Press accreditation – ${EVENT_NAME.en}`, 'Logismed, Casablanca, Morocco'],
    ['fr', `Accréditation presse – ${EVENT_NAME.fr}`, 'Logismed, Casablanca, Maroc'],
    ['ar', `اعتماد صحفي – ${EVENT_NAME.ar}`, 'Logismed، Casablanca، المغرب'],
  ] as const)('is titled and located in the reader’s language (%s)', (language, summary, location) => {
    const { events } = parse(icsOf(language));
    expect(events.map((entry) => entry.summary)).toEqual([summary, summary]);
    expect(events[0]?.location).toBe(location);
  });

  it('keeps the same UIDs across re-sends and languages, one per day, in order', () => {
    const uids = (ics: string) => parse(ics).events.map((entry) => entry.uid);
    const days = ['2019-04-11', '2019-04-09', '2019-04-11'];
    const first = uids(icsOf('en', { days }));
    expect(first).toEqual(['2019-04-09', '2019-04-11'].map((day) => pressDayUid(event, ACCREDITATION_ID, day)));
    expect(uids(icsOf('ar', { days }, new Date('2019-04-01T00:00:00Z')))).toEqual(first);
  });

  it('uses the rendering time as DTSTAMP and carries no link', () => {
    const ics = icsOf('en');
    expect(parse(ics).events[0]?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2019-03-20T10:00:00Z');
    expect(ics).not.toContain('https://');
  });
});

describe('data errors', () => {
  it.each<[string, Overrides]>([
    ['a day outside the event', { days: ['2019-04-08', '2019-04-09'] }],
    ['no day', { days: [] }],
    ['a day that is not a date', { days: ['9 April'] }],
    ['an unknown media type', { mediaType: 'blog' as PressAccreditationEmailData['mediaType'] }],
    ['a country that is not an ISO code', { country: 'France' }],
    ['a request time that is not a date-time', { requestedAt: 'last week' }],
  ])('%s is refused', (_what, overrides) => {
    for (const kind of PRESS_KINDS) expect(() => render(kind, 'en', overrides)).toThrow(EmailRenderError);
  });

  it('a blank decider in a notice is refused', () => {
    expect(() => render('press-decision-notice', 'en', { decidedBy: ' ' })).toThrow(EmailRenderError);
  });
});
