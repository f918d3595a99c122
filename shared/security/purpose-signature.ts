import { hmacBase64Url } from './hmac';
import { signingSecret } from './signing-secret';

/**
 * Every token's signature: HMAC-SHA256 under the signing secret of `purpose:part:part…`, base64url.
 * The purpose leads the signed message, so a token made for one use (a manage token, a feed URL, a
 * door ticket, a decision link) never verifies as another, although they share the secret.
 */
export async function purposeSignature(purpose: string, ...parts: readonly (string | number)[]): Promise<string> {
  return hmacBase64Url(await signingSecret(), [purpose, ...parts].join(':'));
}
