import { instantClaim, signClaims, verifyClaims } from './signed-claims';

/** How long a press contact's decision link works (docs/press.md). */
export const decisionLinkLifetimeDays = 14;

export interface DecisionClaims {
  accreditationId: string;
  contactEmail: string;
  /** ISO 8601; the link stops working then. */
  expiresAt: string;
}

export type DecisionTokenCheck =
  | { valid: true; claims: DecisionClaims }
  | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'other-accreditation' };

const purpose = 'press-decision';

/** Scoped to one accreditation and one contact, expiring (signed claims `a`, `c`, `e`). */
export function decisionTokenFor(claims: DecisionClaims): Promise<string> {
  return signClaims(purpose, { a: claims.accreditationId, c: claims.contactEmail, e: claims.expiresAt });
}

/** Checks signature first (in constant time), then expiry, then that the link is for this accreditation. */
export async function checkDecisionToken(token: string, accreditationId: string, now: Date): Promise<DecisionTokenCheck> {
  const verified = await verifyClaims(purpose, token);
  if (!verified.valid) return verified;
  const { a, c, e } = verified.claims;
  const expiresAt = instantClaim(e);
  if (typeof a !== 'string' || typeof c !== 'string' || expiresAt === undefined) return { valid: false, reason: 'malformed' };
  if (Date.parse(expiresAt) <= now.getTime()) return { valid: false, reason: 'expired' };
  if (a !== accreditationId) return { valid: false, reason: 'other-accreditation' };
  return { valid: true, claims: { accreditationId: a, contactEmail: c, expiresAt } };
}
