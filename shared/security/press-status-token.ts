import { instantClaim, signClaims, verifyClaims } from './signed-claims';

export interface PressStatusClaims {
  accreditationId: string;
  /** ISO 8601; the link stops working then. */
  expiresAt: string;
}

export type PressStatusTokenCheck =
  | { valid: true; claims: PressStatusClaims }
  | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'other-accreditation' };

/** Its own purpose: a decision token (same claim shape) never verifies as a status token, nor the reverse. */
const purpose = 'press-status';

/** The journalist's read-only link to their request: one accreditation, expiring (signed claims `a`, `e`). */
export function pressStatusTokenFor(claims: PressStatusClaims): Promise<string> {
  return signClaims(purpose, { a: claims.accreditationId, e: claims.expiresAt });
}

/** Signature first (in constant time), then expiry, then that the token is for this accreditation. */
export async function checkPressStatusToken(token: string, accreditationId: string, now: Date): Promise<PressStatusTokenCheck> {
  const verified = await verifyClaims(purpose, token);
  if (!verified.valid) return verified;
  const { a, e } = verified.claims;
  const expiresAt = instantClaim(e);
  if (typeof a !== 'string' || expiresAt === undefined) return { valid: false, reason: 'malformed' };
  if (Date.parse(expiresAt) <= now.getTime()) return { valid: false, reason: 'expired' };
  if (a !== accreditationId) return { valid: false, reason: 'other-accreditation' };
  return { valid: true, claims: { accreditationId: a, expiresAt } };
}
