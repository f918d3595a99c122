import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { requireEvent } from '../events/require-event';
import type { RegistrationRecord } from '../registrations/registration-record';

/** The caller's event, if they take part in B2B meetings: only confirmed participants of that event do. */
export async function confirmedParticipant(caller: RegistrationRecord, eventId?: string): Promise<{ caller: RegistrationRecord; event: EventDefinition }> {
  if (eventId !== undefined && caller.eventId !== eventId) throw new DomainError('forbidden', 'other-event', 'Your registration is for another event.');
  if (caller.status !== 'confirmed') throw new DomainError('forbidden', 'participant-not-confirmed', 'Only confirmed participants take part in B2B meetings.');
  return { caller, event: await requireEvent(caller.eventId) };
}
