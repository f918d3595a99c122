import { readFileSync } from 'node:fs';
import { EventDefinition, type Language } from '../../shared/events/event-definition';
import type { EmailKind, EmailMessage, RegistrationEmailData } from '../../shared/email/email-message';

export const event: EventDefinition = EventDefinition.parse(
  JSON.parse(readFileSync(new URL('../../data/events/techdays-casablanca-2019.json', import.meta.url), 'utf8')),
);

export const LANGUAGES: readonly Language[] = ['fr', 'en', 'ar'];
export const KINDS: readonly EmailKind[] = ['registration-confirmed', 'registration-waitlisted', 'registration-promoted', 'registration-cancelled'];

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

export function message(kind: EmailKind, language: Language, data: Partial<RegistrationEmailData> = {}): EmailMessage {
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
