import { constantTimeEquals } from './hmac';
import { purposeSignature } from './purpose-signature';

/**
 * The secret of a participant's calendar feed URL: HMAC(secret, registration id, feed version).
 * Separate from the manage token, so sharing the feed with a calendar app gives no other access;
 * raising the feed version (POST …/agenda/feed/revoke) revokes the old URL.
 */
export function feedTokenFor(registrationId: string, feedVersion: number): Promise<string> {
  return purposeSignature('agenda-feed', registrationId, feedVersion);
}

export async function isValidFeedToken(presented: string, registrationId: string, feedVersion: number): Promise<boolean> {
  return constantTimeEquals(presented, await feedTokenFor(registrationId, feedVersion));
}
