import { DomainError } from '../domain-error';
import type { CallerOf, Credentials } from '../http/caller';
import { requireLinkToken } from '../http/bearer-token';
import { checkPressStatusToken } from '../security/press-status-token';
import type { PressAccreditationRecord } from './press-record';
import { findPressAccreditation } from './press-store';

export interface PressStatusContext {
  record: PressAccreditationRecord;
  /** When the link stops working. */
  linkExpiresAt: string;
}

/**
 * The journalist's request, if `token` is its status token: tampered, malformed or expired tokens
 * are 401, a token of another request 403, a request that no longer exists (erased) 404.
 */
export async function authorizePressStatus(accreditationId: string, token: string, now: Date): Promise<PressStatusContext> {
  const check = await checkPressStatusToken(token, accreditationId, now);
  if (!check.valid) {
    if (check.reason === 'other-accreditation') throw new DomainError('forbidden', 'foreign-status-link', 'This link is for another accreditation request.');
    // Two types, as for answer and directory links: the page tells "expired" from "not valid" by the type, never the English detail.
    if (check.reason === 'expired') throw new DomainError('unauthorized', 'expired-status-link', 'This status link has expired.');
    throw new DomainError('unauthorized', 'invalid-status-link', 'This status link is not valid.');
  }
  const record = await findPressAccreditation(accreditationId);
  if (!record) throw new DomainError('not-found', 'accreditation-not-found', 'There is no such accreditation request.');
  return { record, linkExpiresAt: check.claims.expiresAt };
}

/** `pressStatusLink` routes: the journalist's status token (Bearer, or link query) of the path's accreditation request. */
export async function pressStatusLinkCaller(credentials: Credentials): Promise<CallerOf<'pressStatusLink'>> {
  const token = requireLinkToken(credentials);
  return { kind: 'pressStatusLink', status: await authorizePressStatus(credentials.params.accreditationId ?? '', token, new Date()) };
}
