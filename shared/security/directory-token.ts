import { instantClaim, signClaims, verifyClaims } from './signed-claims';

/**
 * What the links of the recommendation digest grant (docs/auth.md, `directoryLink`): seeing the
 * event's directory and one's recommendations, and requesting meetings, as that participant, until
 * `expiresAt`. Unlike the manage token it cannot read, change, cancel or erase the registration,
 * so a forwarded digest hands over nothing else. `tokenVersion` ties it to the manage token: raising
 * the registration's version revokes both.
 */
export interface DirectoryClaims {
  registrationId: string;
  tokenVersion: number;
  /** ISO 8601; the link stops working then. */
  expiresAt: string;
}

export type DirectoryTokenCheck = { valid: true; claims: DirectoryClaims } | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' };

const purpose = 'directory';

/** Signed claims `r` (registration), `v` (token version), `e` (expiry). */
export function directoryTokenFor(claims: DirectoryClaims): Promise<string> {
  return signClaims(purpose, { r: claims.registrationId, v: String(claims.tokenVersion), e: claims.expiresAt });
}

/** Signature first (constant time), then shape, then expiry; the registration is checked by the caller. */
export async function checkDirectoryToken(token: string, now: Date): Promise<DirectoryTokenCheck> {
  const verified = await verifyClaims(purpose, token);
  if (!verified.valid) return verified;
  const { r, v, e } = verified.claims;
  const expiresAt = instantClaim(e);
  const tokenVersion = typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : undefined;
  if (typeof r !== 'string' || tokenVersion === undefined || expiresAt === undefined) return { valid: false, reason: 'malformed' };
  if (Date.parse(expiresAt) <= now.getTime()) return { valid: false, reason: 'expired' };
  return { valid: true, claims: { registrationId: r, tokenVersion, expiresAt } };
}
