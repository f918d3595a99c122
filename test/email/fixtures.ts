import { readFileSync } from 'node:fs';
import { EventDefinition, type Language } from '../../shared/events/event-definition';
import type {
  AgendaEntry,
  EmailMessage,
  MeetingEmailData,
  ParticipantProfile,
  PressAccreditationEmailData,
  PressDecision,
  RegistrationEmailData,
} from '../../shared/email/email-message';
import type { MeetingKind } from '../../shared/email/templates/meeting-parts';
import type { PressKind } from '../../shared/email/templates/press-parts';
import type { RegistrationKind } from '../../shared/email/templates/registration-parts';

export const event: EventDefinition = EventDefinition.parse(
  JSON.parse(readFileSync(new URL('../../data/events/techdays-casablanca-2019.json', import.meta.url), 'utf8')),
);

export const LANGUAGES: readonly Language[] = ['fr', 'en', 'ar'];
export const KINDS: readonly RegistrationKind[] = ['registration-confirmed', 'registration-waitlisted', 'registration-promoted', 'registration-cancelled', 'registration-details-changed'];
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
    case 'registration-details-changed':
      return { kind, ...base, data: { ...registrationData(data), changedDetails: ['name', 'organisation', 'phone'] } };
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
  /** The journalist's status page (absent: an email queued before status links). */
  statusUrl?: string;
  /** Decided from the organiser console. */
  byOrganisers?: boolean;
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
  const status = extras.statusUrl === undefined ? {} : { statusUrl: extras.statusUrl };
  switch (kind) {
    case 'press-request-received':
      return { kind, ...base, recipient: journalist, data: { ...data, ...status } };
    case 'press-review-requested':
      return { kind, ...base, recipient: contact, data: { ...data, decisionUrl: extras.decisionUrl, decisionLinkExpiresAt: extras.decisionLinkExpiresAt } };
    case 'press-approved':
      return { kind, ...base, recipient: journalist, data: { ...data, ...status, decidedBy: extras.decidedBy } };
    case 'press-rejected':
      return { kind, ...base, recipient: journalist, data: { ...data, ...status, decidedBy: extras.decidedBy, ...reason } };
    case 'press-decision-notice':
      return { kind, ...base, recipient: contact, data: { ...data, decision: extras.decision, decidedBy: extras.decidedBy, decidedAt: extras.decidedAt, ...reason, ...(extras.byOrganisers ? { byOrganisers: true } : {}) } };
  }
}

/** Every B2B-meeting kind: those about one meeting, and the two reminders. */
export type MeetingEmailKind = MeetingKind | 'meeting-answer-reminder' | 'agenda-reminder' | 'schedule-published';
export const MEETING_KINDS: readonly MeetingEmailKind[] = [
  'meeting-requested',
  'meeting-confirmed',
  'meeting-accepted',
  'meeting-declined',
  'meeting-cancelled',
  'meeting-expired',
  'meeting-answer-reminder',
  'agenda-reminder',
  'schedule-published',
];

export const MEETING_REQUEST_ID = '01HVC4D5E6F7G8H9J0K1M2N3P4';
export const ANSWER_URL = `https://rendezvous.example/meeting-requests/${MEETING_REQUEST_ID}/answer?token=eyJtIjoiMDEifQ.an5w3r`;
export const AGENDA_URL = `https://rendezvous.example/registrations/${REGISTRATION_ID}/agenda.ics?token=f33d-t0ken`;

/** The other participant as the recipient sees them (here: the requester of the meeting). */
export function participantProfile(overrides: Partial<ParticipantProfile> = {}): ParticipantProfile {
  return {
    registrationId: '01HVD5E6F7G8H9J0K1M2N3P4Q5',
    firstName: 'Karim',
    lastName: 'Benali',
    organisation: 'Atlas Robotics',
    cluster: 'Cluster Electronique, Mécatronique et Mécanique du Maroc - CE3M',
    country: 'MA',
    participantType: 'company',
    sectors: ['mechatronics', 'ict'],
    offer: 'Industrial robot arms.\nMaintenance contracts.',
    request: 'Distributors in Tunisia and Egypt.',
    ...overrides,
  };
}

/** What the meeting kinds add to {@link MeetingEmailData}; any of it can be overridden. */
export interface MeetingExtras {
  message: string;
  proposedSlotIds: string[];
  answerUrl: string;
  reason?: string;
  cancelledByCounterpart: boolean;
  /** meeting-cancelled: the request was withdrawn while pending. */
  beforeAnswer?: boolean;
  pendingCount: number;
  requesters: ParticipantProfile[];
  entries: AgendaEntry[];
  agendaUrl: string;
}

export type MeetingOverrides = Partial<Omit<MeetingEmailData, 'counterpart'> & MeetingExtras> & { counterpart?: Partial<ParticipantProfile> };

const MEETING_EXTRAS: MeetingExtras = {
  message: 'Hello,\nWe would like to present our robot arms.',
  // Out of order on purpose: emails list them by start time.
  proposedSlotIds: ['d1-1440', 'd1-1400'],
  answerUrl: ANSWER_URL,
  cancelledByCounterpart: true,
  pendingCount: 3,
  requesters: [participantProfile(), participantProfile({ firstName: 'Jane', lastName: 'Doe', organisation: 'Le Matin' })],
  // Out of order on purpose: the agenda is in time order.
  entries: [
    { kind: 'meeting', id: 'd2-1600', start: '2019-04-10T16:00:00+01:00', end: '2019-04-10T16:20:00+01:00', table: 3, counterpart: 'Jane Doe (Le Matin)', meetingRequestId: '01HVE6F7G8H9J0K1M2N3P4Q5R6' },
    { kind: 'programme', id: 'opening-ceremony', start: '2019-04-09T09:30:00+01:00', end: '2019-04-09T10:30:00+01:00' },
    { kind: 'meeting', id: 'd1-1420', start: '2019-04-09T14:20:00+01:00', end: '2019-04-09T14:40:00+01:00', table: 7, counterpart: 'Karim Benali (Atlas Robotics)', meetingRequestId: MEETING_REQUEST_ID },
  ],
  agendaUrl: AGENDA_URL,
};

/** Which side each kind goes to, and the slot and table of those that have one. */
const MEETING_DEFAULTS: Record<MeetingKind, Partial<MeetingEmailData>> = {
  'meeting-requested': { recipientIsRequester: false },
  'meeting-confirmed': { recipientIsRequester: false, slotId: 'd1-1420', table: 7 },
  'meeting-accepted': { recipientIsRequester: true },
  'meeting-declined': { recipientIsRequester: true },
  'meeting-cancelled': { recipientIsRequester: false, slotId: 'd1-1420', table: 7, sequence: 1 },
  'meeting-expired': { recipientIsRequester: true },
};

export function meetingData(kind: MeetingKind, overrides: MeetingOverrides = {}): MeetingEmailData {
  const { counterpart, ...rest } = overrides;
  const data: MeetingEmailData = {
    meetingRequestId: MEETING_REQUEST_ID,
    counterpart: participantProfile(counterpart),
    recipientIsRequester: false,
    sequence: 0,
    ...MEETING_DEFAULTS[kind],
  };
  for (const key of ['meetingRequestId', 'recipientIsRequester', 'slotId', 'table', 'sequence'] as const) {
    if (key in rest) Object.assign(data, { [key]: rest[key] });
  }
  return data;
}

/** A meeting email to Amina El Idrissi, in the given language. */
export function meetingMessage(kind: MeetingEmailKind, language: Language, overrides: MeetingOverrides = {}): EmailMessage {
  const recipient = { email: 'amina@example.org', name: 'Amina El Idrissi', language };
  const base = { recipient, eventId: event.id };
  const extras = { ...MEETING_EXTRAS, ...overrides };
  switch (kind) {
    case 'meeting-requested':
      return { kind, ...base, data: { ...meetingData(kind, overrides), message: extras.message, proposedSlotIds: extras.proposedSlotIds, answerUrl: extras.answerUrl } };
    case 'meeting-declined':
      return { kind, ...base, data: { ...meetingData(kind, overrides), ...(extras.reason === undefined ? {} : { reason: extras.reason }) } };
    case 'meeting-cancelled':
      return { kind, ...base, data: { ...meetingData(kind, overrides), cancelledByCounterpart: extras.cancelledByCounterpart, ...(extras.beforeAnswer ? { beforeAnswer: true } : {}) } };
    case 'meeting-confirmed':
    case 'meeting-accepted':
    case 'meeting-expired':
      return { kind, ...base, data: meetingData(kind, overrides) };
    case 'meeting-answer-reminder':
      return { kind, ...base, data: { pendingCount: extras.pendingCount, requesters: extras.requesters, agendaUrl: extras.agendaUrl } };
    case 'agenda-reminder':
    case 'schedule-published':
      return { kind, ...base, data: { registrationId: REGISTRATION_ID, entries: extras.entries, agendaUrl: extras.agendaUrl } };
  }
}
