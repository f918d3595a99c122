import { constantTimeEquals } from './hmac';
import { purposeSignature } from './purpose-signature';

/**
 * A self-contained link token: `<claims as base64url JSON>.<HMAC(purpose, claims)>`. The purpose
 * is part of the signed message, so a token made for one purpose (a press decision) never verifies
 * as another (a meeting answer) even though both share the signing secret.
 */
export async function signClaims(purpose: string, claims: Record<string, string>): Promise<string> {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${await purposeSignature(purpose, payload)}`;
}

export type VerifiedClaims = { valid: true; claims: Record<string, unknown> } | { valid: false; reason: 'malformed' | 'bad-signature' };

/** The claims of a token signed for `purpose`; the signature is checked (in constant time) before the payload is read. */
export async function verifyClaims(purpose: string, token: string): Promise<VerifiedClaims> {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return { valid: false, reason: 'malformed' };
  if (!constantTimeEquals(signature, await purposeSignature(purpose, payload))) return { valid: false, reason: 'bad-signature' };
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? { valid: true, claims: claims as Record<string, unknown> } : { valid: false, reason: 'malformed' };
  } catch {
    return { valid: false, reason: 'malformed' };
  }
}

/** An ISO 8601 instant claim, or undefined when it is missing or not a date. */
export function instantClaim(value: unknown): string | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}
