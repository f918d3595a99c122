import { constantTimeEquals, hmacBase64Url } from './hmac';
import { signingSecret } from './signing-secret';

/**
 * A registration's manage token: HMAC(secret, registration id, version). It is never stored; the
 * API returns it once and the mailer derives it again for the manage link. Bumping the version
 * on the registration revokes every token issued before.
 */
export async function manageTokenFor(registrationId: string, tokenVersion: number): Promise<string> {
  return hmacBase64Url(await signingSecret(), `manage:${registrationId}:${tokenVersion}`);
}

export async function isValidManageToken(presented: string, registrationId: string, tokenVersion: number): Promise<boolean> {
  return constantTimeEquals(presented, await manageTokenFor(registrationId, tokenVersion));
}
