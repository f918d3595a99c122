import type { CallerOf, Credentials } from '../http/caller';
import { requireLinkToken } from '../http/bearer-token';
import { pressStatusToken } from '../security/press-status-token';
import type { PressAccreditationRecord } from './press-record';
import { requirePressAccreditation } from './press-store';

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
  const claims = await pressStatusToken.authorize(token, now, accreditationId);
  return { record: await requirePressAccreditation(accreditationId), linkExpiresAt: claims.expiresAt };
}

/** `pressStatusLink` routes: the journalist's status token (Bearer, or link query) of the path's accreditation request. */
export async function pressStatusLinkCaller(credentials: Credentials): Promise<CallerOf<'pressStatusLink'>> {
  const token = requireLinkToken(credentials);
  return { kind: 'pressStatusLink', status: await authorizePressStatus(credentials.params.accreditationId ?? '', token, new Date()) };
}
