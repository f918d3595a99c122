import { DomainError } from '../domain-error';
import type { CallerOf, Credentials } from '../http/caller';
import { findRegistration } from '../registrations/registration-store';
import { isValidFeedToken } from '../security/feed-token';

/** `feedToken` routes (the agenda .ics feed): the feed secret in the URL, for the path's registration, not revoked. */
export async function feedTokenCaller(credentials: Credentials): Promise<CallerOf<'feedToken'>> {
  if (!credentials.queryToken) throw new DomainError('unauthorized', 'feed-link-incomplete', 'This feed URL is incomplete: it ends with ?token=….');
  const record = await findRegistration(credentials.params.registrationId ?? '');
  if (!record || record.erasedAt) throw new DomainError('not-found', 'registration-not-found', 'There is no such registration.');
  if (!(await isValidFeedToken(credentials.queryToken, record.registrationId, record.feedVersion ?? 0))) {
    throw new DomainError('forbidden', 'invalid-feed-token', 'This feed link is not valid or was revoked.');
  }
  return { kind: 'feedToken', registration: record };
}
