import { constantTimeEquals, hmacBase64Url } from './hmac';
import { signingSecret } from './signing-secret';

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

/** `<claims as base64url JSON>.<HMAC of them>`: scoped to one accreditation and one contact, expiring. */
export async function decisionTokenFor(claims: DecisionClaims): Promise<string> {
  const payload = Buffer.from(JSON.stringify({ a: claims.accreditationId, c: claims.contactEmail, e: claims.expiresAt })).toString('base64url');
  return `${payload}.${hmacBase64Url(await signingSecret(), `${purpose}:${payload}`)}`;
}

function parseClaims(payload: string): DecisionClaims | undefined {
  try {
    const { a, c, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof a !== 'string' || typeof c !== 'string' || typeof e !== 'string' || Number.isNaN(Date.parse(e))) return undefined;
    return { accreditationId: a, contactEmail: c, expiresAt: e };
  } catch {
    return undefined;
  }
}

/** Checks signature first (in constant time), then expiry, then that the link is for this accreditation. */
export async function checkDecisionToken(token: string, accreditationId: string, now: Date): Promise<DecisionTokenCheck> {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return { valid: false, reason: 'malformed' };
  if (!constantTimeEquals(signature, hmacBase64Url(await signingSecret(), `${purpose}:${payload}`))) return { valid: false, reason: 'bad-signature' };
  const claims = parseClaims(payload);
  if (!claims) return { valid: false, reason: 'malformed' };
  if (Date.parse(claims.expiresAt) <= now.getTime()) return { valid: false, reason: 'expired' };
  if (claims.accreditationId !== accreditationId) return { valid: false, reason: 'other-accreditation' };
  return { valid: true, claims };
}
