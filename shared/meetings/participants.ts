import { DomainError } from '../domain-error';
import type { ParticipantProfile } from '../email/email-message';
import type { EventDefinition } from '../events/event-definition';
import type { RegistrationRecord } from '../registrations/registration-record';
import { findRegistration } from '../registrations/registration-store';

/** A confirmed participant of `event`, or a 409/404 saying why they cannot meet. */
export async function requireParticipant(event: EventDefinition, registrationId: string, role: 'requester' | 'recipient'): Promise<RegistrationRecord> {
  const record = await findRegistration(registrationId);
  if (!record || record.eventId !== event.id || record.erasedAt) {
    throw new DomainError('not-found', 'participant-not-found', `There is no such participant in ${event.id}.`);
  }
  if (record.status !== 'confirmed') {
    const who = role === 'requester' ? 'Your registration is' : 'This participant is';
    throw new DomainError('conflict', 'participant-not-confirmed', `${who} not confirmed: only confirmed participants take part in B2B meetings.`);
  }
  return record;
}

/** What the other side of a meeting sees of a participant: never email or phone. */
export function profileOf(event: EventDefinition, record: RegistrationRecord): ParticipantProfile {
  const cluster = event.clusters.find((candidate) => candidate.id === record.clusterId)?.name;
  return {
    registrationId: record.registrationId,
    firstName: record.firstName,
    lastName: record.lastName,
    organisation: record.organisation,
    ...(cluster ? { cluster } : {}),
    country: record.country,
    participantType: record.participantType,
    sectors: record.sectors,
    offer: record.profile.offer,
    request: record.profile.request,
    ...(record.erasedAt ? { erased: true } : {}),
  };
}

export const recipientOf = (record: RegistrationRecord) => ({
  email: record.email,
  name: `${record.firstName} ${record.lastName}`,
  language: record.language,
  registrationId: record.registrationId,
});
