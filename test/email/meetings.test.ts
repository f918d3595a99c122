import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { StoredEmailMessage } from '../../shared/confirmations/confirmation-record';
import { namesErasedPerson, scrubMention } from '../../shared/confirmations/mentions';
import { composeMime } from '../../shared/email/compose-mime';
import type { EmailMessage, RenderedEmail } from '../../shared/email/email-message';
import { escapeHtml, UnsafeUrlError } from '../../shared/email/html';
import { ar } from '../../shared/email/i18n/ar';
import { en } from '../../shared/email/i18n/en';
import { fr } from '../../shared/email/i18n/fr';
import { MEETING_ORGANIZER_EMAIL, meetingUid } from '../../shared/email/meeting-calendar';
import { registrationUid } from '../../shared/email/registration-calendar';
import { EmailRenderError, loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import type { EventDefinition, Language } from '../../shared/events/event-definition';
import {
  AGENDA_URL,
  ANSWER_URL,
  event,
  LANGUAGES,
  MEETING_KINDS,
  MEETING_REQUEST_ID,
  meetingMessage,
  NOW,
  participantProfile,
  REGISTRATION_ID,
  type MeetingEmailKind,
  type MeetingOverrides,
} from './fixtures';
import { headerValues, leafParts } from './mime-helpers';
import { bare, expectDocumentDirection, visibleText } from './text-helpers';

// Rendering is synchronous once the kinds and catalogues are loaded (the mailer loads the one it sends).
await loadEveryRendering();

function render(kind: MeetingEmailKind, language: Language, overrides: MeetingOverrides = {}, on: EventDefinition = event): RenderedEmail {
  return renderEmail(meetingMessage(kind, language, overrides), on, { now: NOW });
}

/** Both parts as plain text (isolates removed), for "says X in both parts" assertions. */
function parts(rendered: RenderedEmail): [text: string, html: string] {
  return [bare(rendered.text), bare(visibleText(rendered.html))];
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** What renderEmail throws for a message, as `{ name, code }` (or "did not throw"). */
function failure(render: () => unknown): unknown {
  try {
    render();
  } catch (error) {
    return error instanceof EmailRenderError ? { name: error.name, code: error.code } : error;
  }
  return 'did not throw';
}

const EVENT_NAME: Record<Language, string> = event.name;
const KARIM = 'Karim Benali (Atlas Robotics)';

/** Subject and a status phrase of each kind in each language (fixture: cancelled by the counterpart; expired to the requester; 3 pending). */
const EXPECTED: Record<MeetingEmailKind, Record<Language, { subject: string; status: string }>> = {
  'meeting-requested': {
    en: { subject: `Meeting request from ${KARIM} – ${EVENT_NAME.en}`, status: `${KARIM} would like to meet you during the B2B meetings of ${EVENT_NAME.en}.` },
    fr: { subject: `Demande de rendez-vous de ${KARIM} – ${EVENT_NAME.fr}`, status: `${KARIM} souhaite vous rencontrer lors des rendez-vous B2B de ${EVENT_NAME.fr}.` },
    ar: { subject: `طلب لقاء من ${KARIM} – ${EVENT_NAME.ar}`, status: `وصلك طلب لقاء من ${KARIM} خلال اللقاءات الثنائية (B2B) ضمن ${EVENT_NAME.ar}.` },
  },
  'meeting-confirmed': {
    en: { subject: `B2B meeting confirmed: ${KARIM} – ${EVENT_NAME.en}`, status: `Your B2B meeting with ${KARIM} is confirmed.` },
    fr: { subject: `Rendez-vous B2B confirmé\u00a0: ${KARIM} – ${EVENT_NAME.fr}`, status: `Votre rendez-vous B2B avec ${KARIM} est confirmé.` },
    ar: { subject: `تأكيد لقاء ثنائي (B2B): ${KARIM} – ${EVENT_NAME.ar}`, status: `تم تأكيد لقائك الثنائي (B2B) مع ${KARIM}.` },
  },
  'meeting-accepted': {
    en: { subject: `Meeting request accepted: ${KARIM} – ${EVENT_NAME.en}`, status: `${KARIM} has accepted your meeting request.` },
    fr: { subject: `Demande de rendez-vous acceptée\u00a0: ${KARIM} – ${EVENT_NAME.fr}`, status: `${KARIM} a accepté votre demande de rendez-vous.` },
    ar: { subject: `تم قبول طلب اللقاء: ${KARIM} – ${EVENT_NAME.ar}`, status: `تم قبول طلب اللقاء الذي وجّهته إلى ${KARIM}.` },
  },
  'meeting-declined': {
    en: { subject: `Meeting request declined: ${KARIM} – ${EVENT_NAME.en}`, status: `${KARIM} has declined your meeting request.` },
    fr: { subject: `Demande de rendez-vous déclinée\u00a0: ${KARIM} – ${EVENT_NAME.fr}`, status: `${KARIM} a décliné votre demande de rendez-vous.` },
    ar: { subject: `لم يتم قبول طلب اللقاء: ${KARIM} – ${EVENT_NAME.ar}`, status: `لم يتم قبول طلب اللقاء الذي وجّهته إلى ${KARIM}.` },
  },
  'meeting-cancelled': {
    en: { subject: `B2B meeting cancelled: ${KARIM} – ${EVENT_NAME.en}`, status: `${KARIM} has cancelled your B2B meeting.` },
    fr: { subject: `Rendez-vous B2B annulé\u00a0: ${KARIM} – ${EVENT_NAME.fr}`, status: `${KARIM} a annulé votre rendez-vous B2B.` },
    ar: { subject: `إلغاء لقاء ثنائي (B2B): ${KARIM} – ${EVENT_NAME.ar}`, status: `تم إلغاء لقائك الثنائي (B2B) من طرف ${KARIM}.` },
  },
  'meeting-expired': {
    en: { subject: `Meeting request expired: ${KARIM} – ${EVENT_NAME.en}`, status: `Your meeting request to ${KARIM} has expired without an answer.` },
    fr: { subject: `Demande de rendez-vous expirée\u00a0: ${KARIM} – ${EVENT_NAME.fr}`, status: `Votre demande de rendez-vous adressée à ${KARIM} a expiré sans réponse.` },
    ar: { subject: `انتهت صلاحية طلب اللقاء: ${KARIM} – ${EVENT_NAME.ar}`, status: `انتهت صلاحية طلب اللقاء الذي وجّهته إلى ${KARIM} دون رد.` },
  },
  'meeting-answer-reminder': {
    en: { subject: `Meeting requests waiting for your answer – ${EVENT_NAME.en}`, status: `3 meeting requests for ${EVENT_NAME.en} are waiting for your answer.` },
    fr: { subject: `Des demandes de rendez-vous attendent votre réponse – ${EVENT_NAME.fr}`, status: `3 demandes de rendez-vous pour ${EVENT_NAME.fr} attendent votre réponse.` },
    ar: { subject: `طلبات لقاء في انتظار ردك – ${EVENT_NAME.ar}`, status: `3 طلبات لقاء في ${EVENT_NAME.ar} في انتظار ردك.` },
  },
  'agenda-reminder': {
    en: { subject: `Your agenda – ${EVENT_NAME.en}`, status: `Here is your agenda for ${EVENT_NAME.en}: your B2B meetings and the sessions you chose.` },
    fr: { subject: `Votre agenda – ${EVENT_NAME.fr}`, status: `Voici votre agenda pour ${EVENT_NAME.fr}\u00a0: vos rendez-vous B2B et les sessions que vous avez choisies.` },
    ar: { subject: `جدول مواعيدك – ${EVENT_NAME.ar}`, status: `إليك جدول مواعيدك في ${EVENT_NAME.ar}: لقاءاتك الثنائية (B2B) والجلسات التي اخترتها.` },
  },
  'schedule-published': {
    en: {
      subject: `Your B2B meetings are scheduled – ${EVENT_NAME.en}`,
      status: `The organisers have placed your B2B meetings at ${EVENT_NAME.en}. Here is your whole agenda: each meeting with its time and table, and the sessions you chose.`,
    },
    fr: {
      subject: `Vos rendez-vous B2B sont planifiés – ${EVENT_NAME.fr}`,
      status: `Les organisateurs ont placé vos rendez-vous B2B de ${EVENT_NAME.fr}. Voici votre agenda complet\u00a0: chaque rendez-vous avec son horaire et sa table, et les sessions que vous avez choisies.`,
    },
    ar: {
      subject: `تمت جدولة لقاءاتك الثنائية (B2B) – ${EVENT_NAME.ar}`,
      status: `قام المنظمون بجدولة لقاءاتك الثنائية (B2B) في ${EVENT_NAME.ar}. إليك جدول مواعيدك كاملًا: كل لقاء بموعده وطاولته، والجلسات التي اخترتها.`,
    },
  },
};

const GREETING: Record<Language, string> = { en: 'Dear Amina El Idrissi,', fr: 'Bonjour Amina El Idrissi,', ar: 'مرحبًا Amina El Idrissi،' };
const FOOTER: Record<Language, string> = {
  en: 'You are receiving this email because you take part in the B2B meetings of',
  fr: 'Vous recevez cet e-mail car vous participez aux rendez-vous B2B de',
  ar: 'تصلك هذه الرسالة بسبب مشاركتك في اللقاءات الثنائية (B2B) ضمن',
};
const CALENDAR_METHOD: Partial<Record<MeetingEmailKind, string>> = {
  'meeting-confirmed': 'REQUEST',
  'meeting-cancelled': 'CANCEL',
  'agenda-reminder': 'PUBLISH',
  'schedule-published': 'PUBLISH',
};

describe.each(MEETING_KINDS)('%s', (kind) => {
  describe.each(LANGUAGES)('in %s', (language) => {
    const rendered = render(kind, language);
    const expected = EXPECTED[kind][language];

    it('has the subject in the reader’s language, naming the event (and the counterpart)', () => {
      expect(bare(rendered.subject)).toBe(expected.subject);
      expect(rendered.subject).not.toMatch(/[\r\n]/);
    });

    it('sets lang and direction on the document', () => {
      expectDocumentDirection(rendered.html, language);
    });

    it('greets the reader, says the status and why the email comes, in both parts', () => {
      for (const part of parts(rendered)) {
        expect(part).toContain(GREETING[language]);
        expect(part).toContain(expected.status);
        expect(part).toContain(FOOTER[language]);
      }
    });

    const method = CALENDAR_METHOD[kind];
    it(method ? `attaches a ${method} calendar` : 'attaches nothing', () => {
      if (!method) {
        expect(rendered.attachments).toEqual([]);
        return;
      }
      expect(rendered.attachments).toHaveLength(1);
      expect(rendered.attachments[0]?.contentType).toBe(`text/calendar; charset=utf-8; method=${method}`);
    });
  });
});

describe('meeting request (to the recipient)', () => {
  const PROFILE: Record<Language, readonly (readonly [string, string])[]> = {
    en: [
      ['Name', 'Karim Benali'],
      ['Organisation', 'Atlas Robotics'],
      ['Cluster', 'Cluster Electronique, Mécatronique et Mécanique du Maroc - CE3M'],
      ['Country', 'Morocco'],
      ['Profile', 'Company'],
      ['Sectors', 'Mechatronics, Information and communication technologies (ICT)'],
    ],
    fr: [
      ['Nom', 'Karim Benali'],
      ['Pays', 'Maroc'],
      ['Profil', 'Entreprise'],
      ['Secteurs', "Mécatronique, Technologies de l'information et de la communication (TIC)"],
    ],
    ar: [
      ['الاسم', 'Karim Benali'],
      ['البلد', 'المغرب'],
      ['الفئة', 'شركة'],
      ['القطاعات', 'الميكاترونيك، تكنولوجيا المعلومات والاتصال'],
    ],
  };
  const SEPARATOR: Record<Language, string> = { en: ': ', fr: '\u00a0: ', ar: ': ' };

  it.each(LANGUAGES)('shows who asks with translated labels, country, type and sector labels (%s)', (language) => {
    const [text, htmlText] = parts(render('meeting-requested', language));
    for (const [label, value] of PROFILE[language]) {
      expect(text).toContain(`${label}${SEPARATOR[language]}${value}\n`);
      expect(htmlText).toContain(`${label}${value}`); // adjacent table cells
    }
  });

  it.each([
    ['cluster-manager', 'Cluster management'],
    ['institution', 'Institution'],
    ['research', 'Research'],
    ['other', 'Other'],
  ])('translates the participant type %s', (participantType, label) => {
    expect(render('meeting-requested', 'en', { counterpart: { participantType } }).text).toContain(`Profile: ${label}\n`);
  });

  it('shows the offer, the request and the message with their line breaks, and leaves out a blank cluster', () => {
    const rendered = render('meeting-requested', 'en', { counterpart: { cluster: ' ' } });
    const [text] = parts(rendered);
    expect(text).toContain('Offer:\nIndustrial robot arms.\nMaintenance contracts.');
    expect(text).toContain('Looking for:\nDistributors in Tunisia and Egypt.');
    expect(text).toContain('Their message:\nHello,\nWe would like to present our robot arms.');
    expect(rendered.html).toContain('<bdi>Hello,</bdi><br>\n<bdi>We would like to present our robot arms.</bdi>');
    expect(text).not.toContain('Cluster:');
  });

  it('says "not provided" for a blank offer and leaves out a blank message', () => {
    const [text] = parts(render('meeting-requested', 'fr', { counterpart: { offer: '\n ' }, message: ' ' }));
    expect(text).toContain('Offre\u00a0:\nNon renseigné');
    expect(text).not.toContain('Message joint');
  });

  it.each([
    ['en', ['• Tuesday 9 April, 14:00–14:20\n• Tuesday 9 April, 14:40–15:00\n', 'Times are local times in Morocco (UTC+01:00).']],
    ['fr', ['• mardi 9 avril, 14:00 – 14:20\n• mardi 9 avril, 14:40 – 15:00\n', 'Les horaires sont indiqués en heure locale\u00a0: Maroc (UTC+01:00).']],
    ['ar', ['• الثلاثاء، 9 أبريل، 14:00–14:20\n• الثلاثاء، 9 أبريل، 14:40–15:00\n', 'جميع الأوقات بالتوقيت المحلي: المغرب (UTC+01:00).']],
  ] as const)('lists the proposed slots once each, in time order, in the event’s time zone (%s)', (language, lines) => {
    const [text, htmlText] = parts(render('meeting-requested', language, { proposedSlotIds: ['d1-1440', 'd1-1400', 'd1-1440'] }));
    for (const line of lines) expect(text).toContain(line);
    expect(htmlText).toContain(lines[1]);
  });

  it('gives each slot its own offset when they straddle an offset change', () => {
    const ramadan = { id: 'ramadan-1000', start: '2019-05-10T10:00:00+00:00', end: '2019-05-10T10:20:00+00:00' };
    const later: EventDefinition = { ...event, meetings: { ...event.meetings, slots: [...event.meetings.slots, ramadan] } };
    const [text] = parts(render('meeting-requested', 'en', { proposedSlotIds: ['ramadan-1000', 'd1-1400'] }, later));
    expect(text).toContain('• Tuesday 9 April, 14:00–14:20 (UTC+01:00)\n• Friday 10 May, 10:00–10:20 (UTC+00:00)\n');
    expect(text).toContain('Morocco (UTC+01:00 / UTC+00:00).');
  });

  // The organisers may remove a slot a pending request proposes; the email (or its re-send) was dead-lettered.
  it('leaves out a proposed slot the event no longer has, and says none is left when all are gone', () => {
    const [text] = parts(render('meeting-requested', 'en', { proposedSlotIds: ['d3-0900', 'd1-1400'] }));
    expect(text).toContain('• Tuesday 9 April, 14:00–14:20\n');
    expect(text).not.toContain('d3-0900');
    const [none] = parts(render('meeting-requested', 'en', { proposedSlotIds: ['d3-0900'] }));
    expect(none).toContain('No time has been proposed');
  });

  it('says the organisers will schedule a request without proposed slots', () => {
    const [text] = parts(render('meeting-requested', 'en', { proposedSlotIds: [] }));
    expect(text).toContain('No time has been proposed: if you accept, the organisers will place the meeting in the agenda');
    expect(text).toContain('Open the answer page to accept or decline the meeting.');
    expect(text).not.toContain('Times are local times');
  });

  it('links the answer page exactly once, as a button, shows the URL as text and says it is personal', () => {
    const rendered = render('meeting-requested', 'en');
    expect(count(rendered.html, `href="${escapeHtml(ANSWER_URL)}"`)).toBe(1);
    expect(count(rendered.html, 'answer?token=')).toBe(2);
    expect(count(rendered.text, ANSWER_URL)).toBe(1);
    for (const part of parts(rendered)) {
      expect(part).toContain('Answer the request');
      expect(part).toContain('This link is personal to you: anyone who has it can answer this request in your name.');
    }
    expect(visibleText(rendered.html)).toContain(`If the button does not work, copy this address into your browser:${ANSWER_URL}`);
  });

  it('refuses an answer link that is not http(s)', () => {
    expect(() => render('meeting-requested', 'en', { answerUrl: 'javascript:alert(1)' })).toThrow(UnsafeUrlError);
  });
});

describe('confirmed meeting (to each side)', () => {
  it.each([
    ['en', ['When: Tuesday 9 April, 14:20–14:40\nTable: 7\nVenue: Logismed, Casablanca, Morocco\n', 'The attached calendar invitation (.ics)', 'WHO YOU ARE MEETING', 'Organisation: Atlas Robotics']],
    ['fr', ['Horaire\u00a0: mardi 9 avril, 14:20 – 14:40\nTable\u00a0: 7\nLieu\u00a0: Logismed, Casablanca, Maroc\n', 'L’invitation d’agenda jointe (.ics)', 'LA PERSONNE QUE VOUS RENCONTREZ']],
    ['ar', ['الموعد: الثلاثاء، 9 أبريل، 14:20–14:40\nالطاولة: 7\nالمكان: Logismed، Casablanca، المغرب\n', 'تضيف دعوة التقويم المرفقة (.ics)', 'الطرف الآخر في اللقاء']],
  ] as const)('says when, at which table and where, and with whom (%s)', (language, lines) => {
    const [text] = parts(render('meeting-confirmed', language, { table: 7 }));
    for (const line of lines) expect(text).toContain(line);
  });

  it('shows the counterpart’s summary without the offer and request', () => {
    const [text] = parts(render('meeting-confirmed', 'en'));
    expect(text).toContain('Sectors: Mechatronics');
    expect(text).not.toContain('Industrial robot arms');
  });

  it('is the same for the requester', () => {
    expect(parts(render('meeting-confirmed', 'en', { recipientIsRequester: true }))[0]).toContain(`Your B2B meeting with ${KARIM} is confirmed.`);
  });

  /** A rescheduled meeting: the confirmation with the slot it was moved from (audit of issue 4). */
  const moved = (language: Language, previousSlotId: string) => {
    const message = meetingMessage('meeting-confirmed', language, { table: 7 }) as Extract<EmailMessage, { kind: 'meeting-confirmed' }>;
    return renderEmail({ ...message, data: { ...message.data, previousSlotId } }, event, { now: NOW });
  };

  it.each([
    ['en', 'B2B meeting moved', `Your B2B meeting with ${KARIM} has moved to a new time.`, 'It was planned for Tuesday 9 April, 14:00–14:20; its new time and table are below.', 'When: Tuesday 9 April, 14:20–14:40'],
    ['fr', 'Rendez-vous B2B déplacé', `Votre rendez-vous B2B avec ${KARIM} a été déplacé.`, 'Il était prévu le mardi 9 avril, 14:00 – 14:20\u00a0; sa nouvelle heure', 'Horaire\u00a0: mardi 9 avril, 14:20 – 14:40'],
    ['ar', 'تغيير موعد لقاء ثنائي', 'تم تغيير موعد لقائك الثنائي (B2B)', 'كان اللقاء مقرّرًا في الثلاثاء، 9 أبريل، 14:00–14:20', 'الموعد: الثلاثاء، 9 أبريل، 14:20–14:40'],
  ] as const)('says a moved meeting moved, from which time, with its new time (%s)', (language, subject, status, previous, when) => {
    const rendered = moved(language, 'd1-1400');
    expect(bare(rendered.subject)).toContain(subject);
    const [text, html] = parts(rendered);
    expect(text).toContain(when);
    for (const part of [text, html]) {
      for (const line of [status, previous]) expect(part).toContain(line);
      expect(part).not.toContain(language === 'en' ? 'is confirmed' : language === 'fr' ? 'est confirmé' : 'تم تأكيد');
    }
  });

  it('still says a meeting moved when its old slot has left the event since', () => {
    const [text, html] = parts(moved('en', 'a-slot-removed-since'));
    for (const part of [text, html]) {
      expect(part).toContain('has moved to a new time');
      expect(part).not.toContain('It was planned for');
    }
  });
});

describe('the manage link of a meeting that stands (confirmed, accepted)', () => {
  const manageUrl = 'https://rendezvous.example/en/registrations/01J8Z3K5W7X9Y2B4C6D8E0F1G3#token=m4n4g3';
  const withManageLink = (kind: 'meeting-confirmed' | 'meeting-accepted', language: Language) => {
    const message = meetingMessage(kind, language);
    return renderEmail({ ...message, data: { ...message.data, manageUrl } } as EmailMessage, event, { now: NOW });
  };

  it.each([
    ['meeting-confirmed', 'en', 'Cancel or move my meetings'],
    ['meeting-accepted', 'en', 'Cancel or move my meetings'],
    ['meeting-confirmed', 'fr', 'Annuler ou déplacer mes rendez-vous'],
    ['meeting-accepted', 'ar', 'إلغاء مواعيدي أو تغييرها'],
  ] as const)('%s (%s) links the reader’s manage page once, as a button, and says the link is personal', (kind, language, label) => {
    const rendered = withManageLink(kind, language);
    expect(count(rendered.html, `href="${escapeHtml(manageUrl)}"`)).toBe(1);
    expect(count(rendered.text, manageUrl)).toBe(1);
    for (const part of parts(rendered)) expect(part).toContain(label);
  });

  it('is left out of an email queued before meeting emails carried it', () => {
    for (const kind of ['meeting-confirmed', 'meeting-accepted'] as const) {
      const rendered = render(kind, 'en');
      expect(rendered.html).not.toContain('registrations/');
      expect(parts(rendered)[0]).not.toContain('Cancel or move my meetings');
    }
  });

  it('refuses a manage link that is not http(s)', () => {
    const message = meetingMessage('meeting-confirmed', 'en');
    expect(() => renderEmail({ ...message, data: { ...message.data, manageUrl: 'javascript:alert(1)' } } as EmailMessage, event, { now: NOW })).toThrow(UnsafeUrlError);
  });
});

describe('answers to the requester', () => {
  it('says an accepted meeting will be placed in the agenda by the organisers, time by email', () => {
    for (const part of parts(render('meeting-accepted', 'en'))) {
      expect(part).toContain('No time has been set yet: the organisers will place the meeting in the agenda, and you will receive its time and table by email.');
    }
  });

  it('gives the reason of a decline with its line breaks, and points to the directory', () => {
    const rendered = render('meeting-declined', 'en', { reason: 'Our agenda is full.\nMaybe next year.' });
    const [text] = parts(rendered);
    expect(text).toContain('Reason given:\nOur agenda is full.\nMaybe next year.');
    expect(rendered.html).toContain('Our agenda is full.</bdi><br>\n<bdi>Maybe next year.');
    expect(text).toContain('You can look for other people in the event’s directory and send them a meeting request.');
  });

  it.each([undefined, ' \n '])('leaves the reason out when there is none (%j)', (reason) => {
    const [text] = parts(render('meeting-declined', 'fr', reason === undefined ? {} : { reason }));
    expect(text).not.toContain('Motif indiqué');
    expect(text).toContain('Vous pouvez chercher d’autres personnes dans l’annuaire de l’événement');
  });

  it('says an expired request expired to the recipient too, without the directory hint', () => {
    const [text] = parts(render('meeting-expired', 'en', { recipientIsRequester: false }));
    expect(text).toContain(`The meeting request from ${KARIM} has expired without an answer.`);
    expect(text).not.toContain('directory');
  });

  it.each(['meeting-accepted', 'meeting-declined'] as const)('refuses %s addressed to the recipient of the request', (kind) => {
    expect(failure(() => render(kind, 'en', { recipientIsRequester: false }))).toEqual({ name: 'EmailRenderError', code: 'invalid-value' });
  });

  it('refuses a request email addressed to the requester', () => {
    expect(failure(() => render('meeting-requested', 'en', { recipientIsRequester: true }))).toEqual({ name: 'EmailRenderError', code: 'invalid-value' });
  });
});

describe('cancelled meeting (to the other side)', () => {
  it('says the meeting was cancelled without blaming the counterpart when it was not them', () => {
    const [text] = parts(render('meeting-cancelled', 'en', { cancelledByCounterpart: false }));
    expect(text).toContain(`Your B2B meeting with ${KARIM} has been cancelled.`);
    expect(text).not.toContain('has cancelled');
  });

  it('shows the cancelled slot and says the calendar update removes it', () => {
    const [text] = parts(render('meeting-cancelled', 'en'));
    expect(text).toContain('When: Tuesday 9 April, 14:20–14:40\nTable: 7\n');
    expect(text).toContain('The attached calendar update (.ics) removes the meeting from your calendar.');
  });

  it('has no slot section and no calendar for a meeting that had no slot', () => {
    const rendered = render('meeting-cancelled', 'en', { slotId: undefined, table: undefined });
    expect(rendered.attachments).toEqual([]);
    expect(rendered.text).not.toContain('WHEN AND WHERE');
    expect(rendered.text).not.toContain('.ics');
  });

  it('cancels a slot without a table at the venue', () => {
    const ics = icsOf('meeting-cancelled', 'en', { table: undefined });
    expect(ics.events[0]?.location).toBe('Logismed, Casablanca, Morocco');
  });
});

describe('a request withdrawn before any answer (to its recipient)', () => {
  const withdrawn = { beforeAnswer: true, recipientIsRequester: false, slotId: undefined, table: undefined } as const;

  it.each([
    ['en', `Meeting request withdrawn: ${KARIM} – ${EVENT_NAME.en}`, `${KARIM} has withdrawn their meeting request: there is nothing left to answer.`],
    ['fr', `Demande de rendez-vous retirée\u00a0: ${KARIM} – ${EVENT_NAME.fr}`, `${KARIM} a retiré sa demande de rendez-vous\u00a0: il n’y a plus rien à répondre.`],
    ['ar', `سحب طلب اللقاء: ${KARIM} – ${EVENT_NAME.ar}`, `سحب ${KARIM} طلب اللقاء الذي وجّهه إليك، فلم يعد هناك ما تردّ عليه.`],
  ] as const)('says the request was withdrawn, never that a meeting was cancelled (%s)', (language, subject, status) => {
    const rendered = render('meeting-cancelled', language, withdrawn);
    expect(bare(rendered.subject)).toBe(subject);
    const [text, html] = parts(rendered);
    expect(text).toContain(status);
    expect(html).toContain(status);
    expect(text).not.toMatch(/cancelled your B2B meeting|a annulé votre rendez-vous|تم إلغاء لقائك/);
    expect(rendered.attachments).toEqual([]);
  });

  it('tells the requester when the recipient cancelled their pending request', () => {
    const [text] = parts(render('meeting-cancelled', 'en', { ...withdrawn, recipientIsRequester: true }));
    expect(text).toContain(`${KARIM} has cancelled your meeting request without answering it.`);
  });
});

describe('French elision before a name', () => {
  it('writes "d’Amina", "d’Hélène", "d’Yves" but "de Karim", "de Yasmine" and "de #TechDays"', () => {
    const subject = (firstName: string) => bare(render('meeting-requested', 'fr', { counterpart: { firstName, lastName: 'Benali' } }).subject);
    expect(subject('Amina')).toBe(`Demande de rendez-vous d’Amina Benali (Atlas Robotics) – ${EVENT_NAME.fr}`);
    expect(subject('Élodie')).toMatch(/^Demande de rendez-vous d’Élodie Benali/);
    expect(subject('Hélène')).toMatch(/^Demande de rendez-vous d’Hélène Benali/);
    expect(subject('Yves')).toMatch(/^Demande de rendez-vous d’Yves Benali/);
    expect(subject('Yasmine')).toMatch(/^Demande de rendez-vous de Yasmine Benali/);
    expect(subject('Karim')).toMatch(/^Demande de rendez-vous de Karim Benali/);
    expect(subject('أمينة')).toMatch(/^Demande de rendez-vous de أمينة Benali/);
    // Only French elides: "from Amina", "من Amina".
    expect(bare(render('meeting-requested', 'en', { counterpart: { firstName: 'Amina' } }).subject)).toMatch(/^Meeting request from Amina /);
  });

  it('elides in the body too, in both parts', () => {
    const [text, html] = parts(render('meeting-expired', 'fr', { recipientIsRequester: false, counterpart: { firstName: 'Omar', lastName: 'Tazi' } }));
    expect(text).toContain('La demande de rendez-vous d’Omar Tazi (Atlas Robotics) a expiré sans réponse.');
    expect(html).toContain('La demande de rendez-vous d’Omar Tazi (Atlas Robotics) a expiré sans réponse.');
  });
});

describe('answer reminder', () => {
  it('lists the requesters and how to answer, with the agenda link', () => {
    const rendered = render('meeting-answer-reminder', 'en');
    const [text] = parts(rendered);
    expect(text).toContain('Requests from:\n\n• Karim Benali (Atlas Robotics)\n• Jane Doe (Le Matin)\n• and one more\n');
    expect(text).toContain('To answer, open the request emails we sent you');
    expect(text).toContain(`View my agenda:\n${AGENDA_URL}`);
    expect(count(rendered.html, `href="${escapeHtml(AGENDA_URL)}"`)).toBe(1);
    expect(text).toContain('This link is personal: anyone who has it can see your agenda.');
  });

  it.each([
    ['en', 'A meeting request for'],
    ['fr', 'Une demande de rendez-vous pour'],
    ['ar', 'طلب لقاء واحد في'],
  ] as const)('uses the singular for one request (%s)', (language, status) => {
    const [text] = parts(render('meeting-answer-reminder', language, { pendingCount: 1, requesters: [participantProfile()] }));
    expect(text).toContain(status);
    expect(text).not.toMatch(/and \d+ more|et \d+ autres/);
  });

  it.each([
    [2, 'fr', '2 demandes de rendez-vous pour'],
    [2, 'ar', 'طلبا لقاء في'],
    [3, 'ar', '3 طلبات لقاء في'],
    [11, 'ar', '11 طلبًا للقاء في'],
    [100, 'ar', '100 طلب لقاء في'],
  ] as const)('says %s requests with the plural form of the language (%s)', (pendingCount, language, status) => {
    const [text] = parts(render('meeting-answer-reminder', language, { pendingCount, requesters: [participantProfile()] }));
    expect(text).toContain(status);
  });

  it.each([
    [2, 'fr', '• et une autre\n'],
    [3, 'fr', '• et 2 autres\n'],
    [2, 'ar', '• وطلب آخر\n'],
    [3, 'ar', '• وطلبان آخران\n'],
    [4, 'ar', '• و3 طلبات أخرى\n'],
  ] as const)('counts the unlisted requesters of %s with the plural form (%s)', (pendingCount, language, more) => {
    const [text] = parts(render('meeting-answer-reminder', language, { pendingCount, requesters: [participantProfile()] }));
    expect(text).toContain(more);
  });

  it('names at most ten requesters and counts the others', () => {
    const requesters = Array.from({ length: 12 }, (_, index) => participantProfile({ firstName: `P${index + 1}`, organisation: '' }));
    const [text] = parts(render('meeting-answer-reminder', 'fr', { pendingCount: 25, requesters }));
    expect(text).toContain('• P10 Benali\n• et 15 autres\n');
    expect(text).not.toContain('P11');
  });

  it.each([0, 1.5, -1])('refuses a pending count of %s', (pendingCount) => {
    expect(failure(() => render('meeting-answer-reminder', 'en', { pendingCount, requesters: [] }))).toEqual({ name: 'EmailRenderError', code: 'invalid-value' });
  });

  it('refuses more requesters than pending requests', () => {
    expect(failure(() => render('meeting-answer-reminder', 'en', { pendingCount: 1 }))).toEqual({ name: 'EmailRenderError', code: 'invalid-value' });
  });
});

describe('agenda reminder', () => {
  it.each([
    [
      'en',
      '• Tuesday 9 April, 09:30–10:30\n  Opening ceremony\n• Tuesday 9 April, 14:20–14:40\n  B2B meeting with Karim Benali (Atlas Robotics) – table 7\n• Wednesday 10 April, 16:00–16:20\n  B2B meeting with Jane Doe (Le Matin) – table 3\n',
    ],
    ['fr', '• mardi 9 avril, 14:20 – 14:40\n  Rendez-vous B2B avec Karim Benali (Atlas Robotics) – table 7\n'],
    ['ar', '• الثلاثاء، 9 أبريل، 14:20–14:40\n  لقاء ثنائي (B2B) مع Karim Benali (Atlas Robotics) – الطاولة 7\n'],
  ] as const)('lists meetings and programme items in time order (%s)', (language, lines) => {
    const [text, htmlText] = parts(render('agenda-reminder', language));
    expect(text).toContain(lines);
    expect(htmlText).toContain(language === 'en' ? 'Opening ceremony' : language === 'fr' ? 'Cérémonie d' : 'حفل الافتتاح');
  });

  it('gives the feed link to subscribe to, once, as personal', () => {
    const rendered = render('agenda-reminder', 'en');
    expect(count(rendered.html, `href="${escapeHtml(AGENDA_URL)}"`)).toBe(1);
    expect(rendered.text).toContain(`Subscribe to my agenda:\n${AGENDA_URL}`);
    expect(rendered.text).toContain('This link is personal: anyone who has it can see your agenda.');
    expect(rendered.text).toContain(`Registration reference: ${REGISTRATION_ID}`);
  });

  it('says an empty agenda is empty and attaches no calendar', () => {
    const rendered = render('agenda-reminder', 'en', { entries: [] });
    expect(rendered.text).toContain('Your agenda is empty for now.');
    expect(rendered.attachments).toEqual([]);
  });

  it('refuses an entry whose times are not the event’s', () => {
    const entries = [{ kind: 'programme' as const, id: 'opening-ceremony', start: '2019-04-09T09:00:00+01:00', end: '2019-04-09T10:30:00+01:00' }];
    expect(failure(() => render('agenda-reminder', 'en', { entries }))).toEqual({ name: 'EmailRenderError', code: 'invalid-value' });
  });

  it('refuses an unknown programme item', () => {
    const entries = [{ kind: 'programme' as const, id: 'gala-dinner', start: '2019-04-09T19:00:00+01:00', end: '2019-04-09T21:00:00+01:00' }];
    expect(failure(() => render('agenda-reminder', 'en', { entries }))).toEqual({ name: 'EmailRenderError', code: 'unknown-programme-item' });
  });

  it('refuses a meeting without its request id, table or counterpart', () => {
    const meeting = { kind: 'meeting' as const, id: 'd1-1400', start: '2019-04-09T14:00:00+01:00', end: '2019-04-09T14:20:00+01:00', table: 1, counterpart: 'X', meetingRequestId: 'M1' };
    for (const broken of [{ meetingRequestId: undefined }, { meetingRequestId: 'a.b' }, { table: undefined }, { table: 21 }, { counterpart: ' ' }]) {
      expect(() => render('agenda-reminder', 'en', { entries: [{ ...meeting, ...broken }] })).toThrow(EmailRenderError);
    }
    expect(() => render('agenda-reminder', 'en', { entries: [meeting, meeting] })).toThrow(EmailRenderError);
  });
});

describe('data errors', () => {
  const unknownSlot = { name: 'EmailRenderError', code: 'unknown-meeting-slot' };

  it('throws for an unknown slot id, whichever kind refers to it', () => {
    expect(failure(() => render('meeting-confirmed', 'en', { slotId: 'd3-0900' }))).toEqual(unknownSlot);
    expect(failure(() => render('meeting-cancelled', 'en', { slotId: 'd3-0900' }))).toEqual(unknownSlot);
    const entries = [{ kind: 'meeting' as const, id: 'd3-0900', start: '2019-04-11T09:00:00+01:00', end: '2019-04-11T09:20:00+01:00', table: 1, counterpart: 'X', meetingRequestId: 'M1' }];
    expect(failure(() => render('agenda-reminder', 'en', { entries }))).toEqual(unknownSlot);
  });

  it('throws for a confirmed meeting without a slot or a table of the event', () => {
    for (const overrides of [{ slotId: undefined }, { table: undefined }, { table: 0 }, { table: 21 }, { table: 2.5 }]) {
      expect(failure(() => render('meeting-confirmed', 'en', overrides))).toEqual({ name: 'EmailRenderError', code: 'invalid-value' });
    }
  });

  it.each<[string, MeetingOverrides, string]>([
    ['an unknown sector', { counterpart: { sectors: ['ict', 'space'] } }, 'invalid-value'],
    ['an unknown participant type', { counterpart: { participantType: 'journalist' } }, 'invalid-value'],
    ['a country that is not an ISO code', { counterpart: { country: 'Morocco' } }, 'invalid-value'],
    ['a meeting id that cannot be a UID part', { meetingRequestId: '01HV.evil@x' }, 'invalid-identifier'],
  ])('throws for %s', (_label, overrides, code) => {
    expect(failure(() => render('meeting-requested', 'en', overrides))).toEqual({ name: 'EmailRenderError', code });
  });

  it('throws for a negative SEQUENCE', () => {
    expect(failure(() => render('meeting-confirmed', 'en', { sequence: -1 }))).toEqual({ name: 'EmailRenderError', code: 'invalid-value' });
  });
});

describe('untrusted values', () => {
  const evil: MeetingOverrides = {
    counterpart: {
      firstName: '<script>alert("first")</script>',
      lastName: '<img src=x onerror=alert(1)>',
      organisation: '"><b>Org</b>',
      cluster: '<u>Cluster</u>',
      offer: 'Offer <i>one</i>\r\n\r\n\r\n<script>two()</script> & more\n',
      request: "<a href='javascript:x'>request</a>",
    },
    message: 'Hi <em>there</em>\n<iframe src=x>',
    reason: 'Because <em>reasons</em>\n<a href="javascript:x">more</a>',
    entries: [
      { kind: 'meeting', id: 'd1-1400', start: '2019-04-09T14:00:00+01:00', end: '2019-04-09T14:20:00+01:00', table: 1, counterpart: '<b>Jane</b> & "Doe"', meetingRequestId: 'M1' },
    ],
  };
  const NAME_TEXT = '<script>alert("first")</script> <img src=x onerror=alert(1)>';
  const NAME_HTML = '&lt;script&gt;alert(&quot;first&quot;)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;';

  function evilMessage(kind: MeetingEmailKind, language: Language): EmailMessage {
    const message = meetingMessage(kind, language, evil);
    const requesters = [participantProfile(evil.counterpart)];
    const data = kind === 'meeting-answer-reminder' ? { ...message.data, pendingCount: 1, requesters } : message.data;
    return { ...message, recipient: { ...message.recipient, name: '<i>Amina</i>' }, data } as EmailMessage;
  }

  it.each(MEETING_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const)))('are escaped in the HTML of %s (%s) and shown as typed in the text', (kind, language) => {
    const rendered = renderEmail(evilMessage(kind, language), event, { now: NOW });
    expect(rendered.html).not.toMatch(/<script|<img|<b>|<i>|<u>|<em>|<iframe|href=['"]?javascript/i);
    expect(rendered.html).toContain('&lt;i&gt;Amina&lt;/i&gt;');
    const text = bare(rendered.text);
    expect(text).toContain('<i>Amina</i>');

    if (kind === 'agenda-reminder' || kind === 'schedule-published') {
      expect(rendered.html).toContain('&lt;b&gt;Jane&lt;/b&gt; &amp; &quot;Doe&quot;');
      expect(text).toContain('<b>Jane</b> & "Doe"');
      return;
    }
    // The counterpart (or requester) by name and organisation, in the body and the subject.
    expect(rendered.html).toContain(NAME_HTML);
    expect(rendered.html).toContain('&quot;&gt;&lt;b&gt;Org&lt;/b&gt;');
    expect(text).toContain(`${NAME_TEXT} ("><b>Org</b>)`);
    if (kind !== 'meeting-answer-reminder') expect(bare(rendered.subject)).toContain(`${NAME_TEXT} ("><b>Org</b>)`);

    if (kind === 'meeting-requested' || kind === 'meeting-confirmed') {
      expect(rendered.html).toContain('&lt;u&gt;Cluster&lt;/u&gt;');
      expect(text).toContain('<u>Cluster</u>');
    }
    if (kind === 'meeting-requested') {
      expect(rendered.html).toContain('Offer &lt;i&gt;one&lt;/i&gt;</bdi><br>\n<bdi></bdi><br>\n<bdi>&lt;script&gt;two()&lt;/script&gt; &amp; more</bdi>');
      expect(rendered.html).toContain('&lt;a href=&#39;javascript:x&#39;&gt;request&lt;/a&gt;');
      expect(rendered.html).toContain('Hi &lt;em&gt;there&lt;/em&gt;</bdi><br>\n<bdi>&lt;iframe src=x&gt;');
      expect(text).toContain('Offer <i>one</i>\n\n<script>two()</script> & more\n');
      expect(text).toContain("<a href='javascript:x'>request</a>");
      expect(text).toContain('Hi <em>there</em>\n<iframe src=x>');
    }
    if (kind === 'meeting-declined') {
      expect(rendered.html).toContain('Because &lt;em&gt;reasons&lt;/em&gt;</bdi><br>\n<bdi>&lt;a href=&quot;javascript:x&quot;&gt;more&lt;/a&gt;');
      expect(text).toContain('Because <em>reasons</em>\n<a href="javascript:x">more</a>');
    }
  });

  it('keep the subject on one line with the counterpart’s name as typed', () => {
    const rendered = render('meeting-requested', 'en', { counterpart: { firstName: 'Eve\r\nBcc: x@y.z', lastName: '\u202eBenali' } });
    expect(rendered.subject).toBe(`Meeting request from Eve Bcc: x@y.z Benali (Atlas Robotics) – ${EVENT_NAME.en}`);
  });

  it('name the counterpart without parentheses when the organisation is blank', () => {
    expect(bare(render('meeting-confirmed', 'en', { counterpart: { organisation: ' ' } }).subject)).toBe(`B2B meeting confirmed: Karim Benali – ${EVENT_NAME.en}`);
  });

  it('keep calendar properties on their own lines', () => {
    const ics = icsOf('meeting-confirmed', 'en', { counterpart: { firstName: 'Eve\r\nATTENDEE:mailto:x@y.z', organisation: 'A"B\\C' } });
    expect(ics.events[0]?.summary).toBe('B2B meeting: Eve ATTENDEE:mailto:x@y.z Benali (A"B\\C)');
    expect(ics.events[0]?.attendees).toHaveLength(1);
  });
});

function parse(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return { calendar, events };
}

function icsOf(kind: MeetingEmailKind, language: Language, overrides: MeetingOverrides = {}, now = NOW) {
  const attachment = renderEmail(meetingMessage(kind, language, overrides), event, { now }).attachments[0];
  if (!attachment) throw new Error('no attachment');
  return parse(attachment.content);
}

describe('meeting calendars', () => {
  const UID = `meeting.${MEETING_REQUEST_ID}@techdays-casablanca-2019.rendezvous`;

  it('invites with METHOD:REQUEST: one confirmed VEVENT at the slot’s instants, at the table, organised by the event, for the reader', () => {
    const { calendar, events } = icsOf('meeting-confirmed', 'en', { table: 12 });
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(events).toHaveLength(1);
    const [meeting] = events;
    expect(meeting?.uid).toBe(UID);
    expect(meeting?.uid).toBe(meetingUid(event, MEETING_REQUEST_ID));
    expect(meeting?.sequence).toBe(0);
    expect(meeting?.startDate.zone?.tzid).toBe('UTC');
    expect(meeting?.startDate.toJSDate().toISOString()).toBe(new Date('2019-04-09T14:20:00+01:00').toISOString());
    expect(meeting?.endDate.toJSDate().toISOString()).toBe(new Date('2019-04-09T14:40:00+01:00').toISOString());
    expect(meeting?.location).toBe('Table 12 – Logismed, Casablanca, Morocco');
    expect(meeting?.summary).toBe(`B2B meeting: ${KARIM}`);
    expect(meeting?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(meeting?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2019-03-20T10:00:00Z');
    const organizer = meeting?.component.getFirstProperty('organizer');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe(`mailto:${MEETING_ORGANIZER_EMAIL}`);
    expect(organizer?.getParameter('cn')).toBe(EVENT_NAME.en);
    const attendees = meeting?.attendees ?? [];
    expect(attendees.map((attendee) => String(attendee.getFirstValue()).toLowerCase())).toEqual(['mailto:amina@example.org']);
    expect(attendees[0]?.getParameter('partstat')).toBe('ACCEPTED');
    expect(attendees[0]?.getParameter('rsvp')).toBe('FALSE');
  });

  it('cancels with METHOD:CANCEL: the same UID, a higher SEQUENCE, the same instant, STATUS:CANCELLED', () => {
    const request = icsOf('meeting-confirmed', 'fr', { sequence: 0 }).events[0];
    const { calendar, events } = icsOf('meeting-cancelled', 'fr', { sequence: 1 });
    const cancel = events[0];
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events).toHaveLength(1);
    expect(cancel?.uid).toBe(request?.uid);
    expect(cancel?.sequence).toBeGreaterThan(request?.sequence ?? Infinity);
    expect(cancel?.startDate.toJSDate().getTime()).toBe(Date.parse('2019-04-09T14:20:00+01:00'));
    expect(cancel?.startDate.toJSDate().getTime()).toBe(request?.startDate.toJSDate().getTime());
    expect(cancel?.location).toContain('Table 7');
    expect(cancel?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('takes SEQUENCE from the message, so a rescheduled meeting updates the entry', () => {
    const moved = icsOf('meeting-confirmed', 'en', { sequence: 2, slotId: 'd2-1700', table: 4 }).events[0];
    expect(moved?.uid).toBe(UID);
    expect(moved?.sequence).toBe(2);
    expect(moved?.startDate.toJSDate().getTime()).toBe(Date.parse('2019-04-10T17:00:00+01:00'));
    expect(moved?.location).toContain('Table 4');
  });

  it.each([
    ['en', `B2B meeting: ${KARIM}`, 'Table 7 – Logismed, Casablanca, Morocco'],
    ['fr', `Rendez-vous B2B\u00a0: ${KARIM}`, 'Table 7 – Logismed, Casablanca, Maroc'],
    ['ar', `لقاء ثنائي (B2B): ${KARIM}`, 'الطاولة 7 – Logismed، Casablanca، المغرب'],
  ] as const)('is titled and located in the reader’s language (%s)', (language, summary, location) => {
    for (const kind of ['meeting-confirmed', 'meeting-cancelled'] as const) {
      const [entry] = icsOf(kind, language).events;
      expect(entry?.summary).toBe(summary);
      expect(entry?.location).toBe(location);
    }
  });

  it.each([
    ['meeting-confirmed', 'REQUEST'],
    ['meeting-cancelled', 'CANCEL'],
  ] as const)('%s is sent as an invitation (text/calendar; method=%s alternative)', async (kind, method) => {
    const rendered = render(kind, 'en');
    const raw = (
      await composeMime({
        from: { name: EVENT_NAME.en, address: 'no-reply@rendezvous.example' },
        to: { email: 'amina@example.org', name: 'Amina El Idrissi', language: 'en' },
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        attachments: rendered.attachments,
        date: NOW,
      })
    ).toString('utf8');
    const types = leafParts(raw).map((part) => headerValues(part.headers, 'Content-Type')[0] ?? '');
    expect(types.some((type) => /^text\/calendar/.test(type) && new RegExp(`method=${method}`).test(type))).toBe(true);
  });

  it('publishes the agenda with the invitations’ meeting UIDs and the registration calendar’s programme UIDs, in time order', () => {
    const { calendar, events } = icsOf('agenda-reminder', 'en');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events.map((entry) => entry.uid)).toEqual([
      registrationUid(event, REGISTRATION_ID, 'opening-ceremony'),
      UID,
      meetingUid(event, '01HVE6F7G8H9J0K1M2N3P4Q5R6'),
    ]);
    expect(events[1]?.uid).toBe(icsOf('meeting-confirmed', 'en').events[0]?.uid);
    expect(events[1]?.location).toBe('Table 7 – Logismed, Casablanca, Morocco');
    expect(events[1]?.summary).toBe(`B2B meeting: ${KARIM}`);
    expect(events[0]?.summary).toBe(`Opening ceremony – ${EVENT_NAME.en}`);
    expect(events.map((entry) => entry.startDate.toJSDate().toISOString())).toEqual(
      ['2019-04-09T09:30:00+01:00', '2019-04-09T14:20:00+01:00', '2019-04-10T16:00:00+01:00'].map((instant) => new Date(instant).toISOString()),
    );
    expect(events.every((entry) => entry.component.getFirstPropertyValue('status') === 'CONFIRMED')).toBe(true);
  });

  it('leaves the secret links out of every calendar', () => {
    for (const kind of ['meeting-confirmed', 'meeting-cancelled', 'agenda-reminder', 'schedule-published'] as const) {
      const content = render(kind, 'en').attachments[0]?.content ?? '';
      expect(content).not.toContain('token=');
    }
  });
});

describe('an email naming somebody who erased their data', () => {
  const gone = participantProfile().registrationId;
  const catalogues = { en, fr, ar } as const;
  // The agenda's entries and the reminder's requesters carry the person's id, as the stored emails do.
  const overrides: MeetingOverrides = {
    beforeAnswer: false,
    entries: [
      { kind: 'meeting', id: 'd1-1420', start: '2019-04-09T14:20:00+01:00', end: '2019-04-09T14:40:00+01:00', table: 7, counterpart: 'Karim Benali (Atlas Robotics)', counterpartId: gone, meetingRequestId: MEETING_REQUEST_ID },
    ],
    requesters: [participantProfile()],
  };
  const cases = MEETING_KINDS.flatMap((kind) => LANGUAGES.map((language) => [kind, language] as const));

  it.each(cases)('%s in %s says "a participant": no name, no blank in the subject, no empty name or organisation row', (kind, language) => {
    const stored = meetingMessage(kind, language, overrides) as unknown as StoredEmailMessage;
    const rendered = renderEmail(scrubMention(stored, gone).message as unknown as EmailMessage, event, { now: NOW });
    const [text, html] = parts(rendered);
    const subject = bare(rendered.subject);
    const catalogue = catalogues[language];
    for (const part of [text, html, subject]) expect(part).not.toMatch(/Karim|Benali|Atlas/);
    expect(`${subject}\n${text}`.toLowerCase()).toContain(catalogue['meeting.participant.erased'].toLowerCase());
    expect(subject).not.toMatch(/\s\s|:\s*–|^\s*–/);
    for (const label of [catalogue['meeting.profile.name'], catalogue['meeting.profile.organisation']]) {
      expect(text).not.toMatch(new RegExp(`^${label}\\s*:\\s*$`, 'm'));
    }
  });

  it('words a withdrawal that starts with the person as a sentence ("Un participant a retiré…")', () => {
    const stored = meetingMessage('meeting-cancelled', 'fr', { beforeAnswer: true, slotId: undefined }) as unknown as StoredEmailMessage;
    const rendered = renderEmail(scrubMention(stored, gone).message as unknown as EmailMessage, event, { now: NOW });
    expect(bare(rendered.subject)).toMatch(/^Demande de rendez-vous retirée\s:\sun participant – /);
    expect(parts(rendered)[0]).toContain('Un participant a retiré sa demande de rendez-vous');
  });

  it('is recognised by the marker erasure sets (the console does not send it again)', () => {
    expect(namesErasedPerson(scrubMention(meetingMessage('meeting-requested', 'en') as unknown as StoredEmailMessage, gone).message)).toBe(true);
    expect(namesErasedPerson(meetingMessage('meeting-requested', 'en') as unknown as StoredEmailMessage)).toBe(false);
  });
});
