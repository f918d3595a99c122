import { DomainError } from '../domain-error';
import { isValidManageToken } from '../security/manage-token';
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
