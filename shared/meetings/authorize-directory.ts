import { DomainError } from '../domain-error';
import { requireBearer } from '../http/bearer-token';
import type { CallerOf, Credentials } from '../http/caller';
import { manageTokenCaller } from '../registrations/authorize-registration';
import { findRegistration } from '../registrations/registration-store';
import { directoryToken } from '../security/directory-token';
import { registrationIdOf } from '../security/manage-token';

/**
 * `directoryLink` routes (the directory, one's recommendations, requesting a meeting): the manage
 * token as everywhere, or the directory token of a recommendation digest link, which opens these
 * routes only (docs/auth.md). The directory token must name the path's registration when there is
 * one, and the registration's current token version (revoked with the manage token).
 */
export async function directoryLinkCaller(credentials: Credentials): Promise<CallerOf<'directoryLink'>> {
  const token = requireBearer(credentials);
  if (registrationIdOf(token) !== undefined) return { kind: 'directoryLink', registration: (await manageTokenCaller(credentials)).registration };
  const { registrationId, tokenVersion } = await directoryToken.authorize(token, new Date());
  const record = await findRegistration(registrationId);
  if (record === undefined || record.erasedAt !== undefined || record.tokenVersion !== tokenVersion) {
    throw new DomainError('unauthorized', 'invalid-directory-link', 'This link no longer works.');
  }
  const pathRegistration = credentials.params.registrationId;
  if (pathRegistration !== undefined && pathRegistration !== registrationId) {
    throw new DomainError('forbidden', 'foreign-directory-link', 'This link is for another registration.');
  }
  return { kind: 'directoryLink', registration: record };
}
