import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { requireEvent } from '../events/require-event';
import { bearerToken } from '../http/bearer-token';
import { authenticateParticipant } from '../registrations/authorize-registration';
import type { RegistrationRecord } from '../registrations/registration-record';

/** The caller (by their manage token) and their event; only confirmed participants of that event take part. */
export async function confirmedCaller(headers: Record<string, string>, eventId?: string): Promise<{ caller: RegistrationRecord; event: EventDefinition }> {
  const caller = await authenticateParticipant(bearerToken(headers));
  if (eventId !== undefined && caller.eventId !== eventId) throw new DomainError('forbidden', 'other-event', 'Your registration is for another event.');
  if (caller.status !== 'confirmed') throw new DomainError('forbidden', 'participant-not-confirmed', 'Only confirmed participants take part in B2B meetings.');
  return { caller, event: await requireEvent(caller.eventId) };
}
