import { DomainError } from '../domain-error';
import { findRegistration } from '../registrations/registration-store';
import type { AdminRegistration } from './admin-records';

/**
 * The registration of `eventId`; 404 for an id of another event, as for one that does not exist.
 * Apart from the detail view (registration-detail.ts), whose list and export code a route that only
 * checks the registration (the console's cancellation) need not load at its cold start.
 */
export async function requireEventRegistration(eventId: string, registrationId: string): Promise<AdminRegistration> {
  const record = (await findRegistration(registrationId)) as AdminRegistration | undefined;
  if (record?.eventId !== eventId) throw new DomainError('not-found', 'registration-not-found', 'This event has no such registration.');
  return record;
}
