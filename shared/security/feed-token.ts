import { constantTimeEquals, hmacBase64Url } from './hmac';
import { signingSecret } from './signing-secret';

/**
 * The secret of a participant's calendar feed URL: HMAC(secret, registration id, feed version).
 * Separate from the manage token, so sharing the feed with a calendar app gives no other access;
 * raising the feed version (POST …/agenda/feed/revoke) revokes the old URL.
 */
export async function feedTokenFor(registrationId: string, feedVersion: number): Promise<string> {
  return hmacBase64Url(await signingSecret(), `agenda-feed:${registrationId}:${feedVersion}`);
}

export async function isValidFeedToken(presented: string, registrationId: string, feedVersion: number): Promise<boolean> {
  return constantTimeEquals(presented, await feedTokenFor(registrationId, feedVersion));
}
