import { constantTimeEquals } from './hmac';
import { purposeSignature } from './purpose-signature';

/**
 * A registration's manage token: `<registration id>.<HMAC(secret, id, version)>`. It names its
 * registration (so routes without one in the path know who calls) and is never stored: the API
 * returns it once and the mailer derives it again for links. Bumping the version revokes it.
 */
export async function manageTokenFor(registrationId: string, tokenVersion: number): Promise<string> {
  return `${registrationId}.${await purposeSignature('manage', registrationId, tokenVersion)}`;
}

/** The registration a token claims to be for (unverified until `isValidManageToken`). */
export function registrationIdOf(token: string): string | undefined {
  const [registrationId, signature, ...rest] = token.split('.');
  return registrationId && signature && rest.length === 0 && /^[0-9A-HJKMNP-TV-Z]{26}$/.test(registrationId) ? registrationId : undefined;
}

export async function isValidManageToken(presented: string, registrationId: string, tokenVersion: number): Promise<boolean> {
  return constantTimeEquals(presented, await manageTokenFor(registrationId, tokenVersion));
}
