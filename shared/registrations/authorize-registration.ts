import { DomainError } from '../domain-error';
import { isValidManageToken, registrationIdOf } from '../security/manage-token';
import type { RegistrationRecord } from './registration-record';
import { findRegistration } from './registration-store';

/**
 * The registration, if `token` is its manage token. A missing registration is 404 and a token
 * of any other registration (or a tampered one) is 403; neither reveals any data.
 */
export async function authorizeRegistration(registrationId: string, token: string): Promise<RegistrationRecord> {
  const record = await findRegistration(registrationId);
  if (record === undefined || record.erasedAt !== undefined) {
    throw new DomainError('not-found', 'registration-not-found', 'There is no such registration.');
  }
  if (!(await isValidManageToken(token, record.registrationId, record.tokenVersion))) {
    throw new DomainError('forbidden', 'invalid-manage-token', 'This token does not give access to this registration.');
  }
  return record;
}

/** The registration a Bearer manage token belongs to (routes whose path names no registration). */
export async function authenticateParticipant(token: string): Promise<RegistrationRecord> {
  const registrationId = registrationIdOf(token);
  if (registrationId === undefined) throw new DomainError('unauthorized', 'invalid-manage-token', 'This is not a manage token.');
  try {
    return await authorizeRegistration(registrationId, token);
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError('unauthorized', 'invalid-manage-token', 'This manage token is not valid.');
    throw error;
  }
}
