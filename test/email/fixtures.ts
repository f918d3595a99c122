import { readFileSync } from 'node:fs';
import { EventDefinition, type Language } from '../../shared/events/event-definition';
import type { EmailMessage, PressAccreditationEmailData, PressDecision, RegistrationEmailData } from '../../shared/email/email-message';
import type { PressKind } from '../../shared/email/templates/press-parts';
import type { RegistrationKind } from '../../shared/email/templates/registration-parts';

export const event: EventDefinition = EventDefinition.parse(
  JSON.parse(readFileSync(new URL('../../data/events/techdays-casablanca-2019.json', import.meta.url), 'utf8')),
);

export const LANGUAGES: readonly Language[] = ['fr', 'en', 'ar'];
export const KINDS: readonly RegistrationKind[] = ['registration-confirmed', 'registration-waitlisted', 'registration-promoted', 'registration-cancelled'];
export const PRESS_KINDS: readonly PressKind[] = ['press-request-received', 'press-review-requested', 'press-approved', 'press-rejected', 'press-decision-notice'];

export const REGISTRATION_ID = '01HV8Z6Q3K4M5N6P7Q8R9S0T1V';
export const NOW = new Date('2019-03-20T10:00:00Z');

export function registrationData(overrides: Partial<RegistrationEmailData> = {}): RegistrationEmailData {
  return {
    registrationId: REGISTRATION_ID,
    firstName: 'Amina',
    lastName: 'El Idrissi',
    organisation: 'Cluster Solaire',
    // Out of order on purpose: emails list them by start time.
    programmeItemIds: ['visit-esith', 'visit-mascir', 'training-industry-4-0'],
    manageUrl: 'https://rendezvous.example/manage/techdays-casablanca-2019?token=s3cr3t-t0ken',
    ...overrides,
  };
}

export function message(kind: RegistrationKind, language: Language, data: Partial<RegistrationEmailData> = {}): EmailMessage {
  const recipient = { email: 'amina@example.org', name: 'Amina El Idrissi', language };
  const base = { recipient, eventId: event.id };
  switch (kind) {
    case 'registration-waitlisted':
      return { kind, ...base, data: { ...registrationData(data), waitlistPosition: 3 } };
    case 'registration-confirmed':
    case 'registration-promoted':
    case 'registration-cancelled':
      return { kind, ...base, data: registrationData(data) };
  }
}

export const ACCREDITATION_ID = '01HVB2C3D4E5F6G7H8J9K0M1N2';
export const DECISION_URL = `https://rendezvous.example/press-accreditations/${ACCREDITATION_ID}/decision?token=eyJhIjoiMDEifQ.s1gn4tur3`;

export function pressData(overrides: Partial<PressAccreditationEmailData> = {}): PressAccreditationEmailData {
  return {
    accreditationId: ACCREDITATION_ID,
    firstName: 'Jane',
    lastName: 'Doe',
    email: 'jane.doe@lematin.example',
    phone: '+212 6 12 34 56 78',
    mediaOutlet: 'Le Matin',
    mediaType: 'print',
    country: 'FR',
    pressCardNumber: 'PC-2019-0042',
    assignmentLetterUrl: 'https://lematin.example/letters/jane-doe.pdf',
    portfolioUrl: 'https://janedoe.example/portfolio',
    coveragePlan: 'Report on the pitching session.\nInterviews with two cluster managers.',
    days: ['2019-04-09', '2019-04-10'],
    requestedAt: '2019-03-20T09:45:00Z', // 10:45 in Casablanca (UTC+01:00)
    ...overrides,
  };
}

/** What the press kinds add to the request; any of it can be overridden. */
export interface PressExtras {
  decisionUrl: string;
  decisionLinkExpiresAt: string;
  decision: PressDecision;
  decidedBy: string;
  decidedAt: string;
  reason?: string;
}

const PRESS_EXTRAS: PressExtras = {
  decisionUrl: DECISION_URL,
  decisionLinkExpiresAt: '2019-04-03T09:45:00Z', // 10:45 in Casablanca
  decision: 'approved',
  decidedBy: 'Zineb Rharrasse',
  decidedAt: '2019-04-09T09:12:00Z', // 10:12 in Casablanca
};

/** Journalist kinds go to the journalist; the others to a press contact of the event (the second one: the first decided). */
export function pressMessage(kind: PressKind, language: Language, overrides: Partial<PressAccreditationEmailData & PressExtras> = {}): EmailMessage {
  const data = pressData(overrides);
  const extras = { ...PRESS_EXTRAS, ...overrides };
  const journalist = { email: data.email, name: `${data.firstName} ${data.lastName}`, language };
  const contact = { email: 'inmaculada.ruiz@anima.example', name: 'Inmaculada Ruiz', language };
  const base = { eventId: event.id };
  const reason = extras.reason === undefined ? {} : { reason: extras.reason };
  switch (kind) {
    case 'press-request-received':
      return { kind, ...base, recipient: journalist, data };
    case 'press-review-requested':
      return { kind, ...base, recipient: contact, data: { ...data, decisionUrl: extras.decisionUrl, decisionLinkExpiresAt: extras.decisionLinkExpiresAt } };
    case 'press-approved':
      return { kind, ...base, recipient: journalist, data: { ...data, decidedBy: extras.decidedBy } };
    case 'press-rejected':
      return { kind, ...base, recipient: journalist, data: { ...data, decidedBy: extras.decidedBy, ...reason } };
    case 'press-decision-notice':
      return { kind, ...base, recipient: contact, data: { ...data, decision: extras.decision, decidedBy: extras.decidedBy, decidedAt: extras.decidedAt, ...reason } };
  }
}
