import { DomainError } from '../domain-error';
import type { CallerOf, Credentials } from '../http/caller';
import { requireBearer } from '../http/bearer-token';
import { isValidManageToken, registrationIdOf } from '../security/manage-token';
import type { RegistrationRecord } from './registration-record';

import { findRegistration } from './registration-store';

/**
 * The registration, if `token` is its manage token. A missing registration is 404 and a token
 * of any other registration (or a tampered one) is 403; neither reveals any data.
 */
export async function authorizeRegistration(registrationId: string, token: string): Promise<RegistrationRecord> {
  // The id is a ULID already: path parameters are checked before the gate (shared/api/path-parameters.ts),
  // and a token's id is read by `registrationIdOf`, which accepts ULIDs only.
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
async function authenticateParticipant(token: string): Promise<RegistrationRecord> {
  const registrationId = registrationIdOf(token);
  if (registrationId === undefined) throw new DomainError('unauthorized', 'invalid-manage-token', 'This is not a manage token.');
  try {
    return await authorizeRegistration(registrationId, token);
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError('unauthorized', 'invalid-manage-token', 'This manage token is not valid.');
    throw error;
  }
}

/** `manageToken` routes: the Bearer token must be the manage token of the path's registration, or of any when the path names none. */
export async function manageTokenCaller(credentials: Credentials): Promise<CallerOf<'manageToken'>> {
  const token = requireBearer(credentials);
  const { registrationId } = credentials.params;
  const registration = registrationId === undefined ? await authenticateParticipant(token) : await authorizeRegistration(registrationId, token);
  return { kind: 'manageToken', registration };
}

/** `manageLink` routes (the manage page): the manage token in the link's query, for the path's registration. */
export async function manageLinkCaller(credentials: Credentials): Promise<CallerOf<'manageLink'>> {
  if (!credentials.queryToken) throw new DomainError('unauthorized', 'manage-link-incomplete', 'This link is incomplete: open it exactly as it is in the email.');
  return { kind: 'manageLink', registration: await authorizeRegistration(credentials.params.registrationId ?? '', credentials.queryToken) };
}
