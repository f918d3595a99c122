import { instantClaim, signClaims, verifyClaims } from './signed-claims';

/**
 * What the answer link of a meeting request email grants: reading and answering that one request,
 * as its recipient, until `expiresAt` (docs/meetings.md). Unlike the manage token it cannot read,
 * change or cancel the registration, so forwarding the email hands over nothing else.
 */
export interface AnswerClaims {
  meetingRequestId: string;
  recipientId: string;
  /** ISO 8601; the link stops working then. */
  expiresAt: string;
}

export type AnswerTokenCheck =
  | { valid: true; claims: AnswerClaims }
  | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'other-request' };

const purpose = 'meeting-answer';

/** Signed claims `m` (request), `r` (recipient), `e` (expiry). */
export function answerTokenFor(claims: AnswerClaims): Promise<string> {
  return signClaims(purpose, { m: claims.meetingRequestId, r: claims.recipientId, e: claims.expiresAt });
}

/** Signature first (constant time), then expiry, then that the token is for this request. */
export async function checkAnswerToken(token: string, meetingRequestId: string, now: Date): Promise<AnswerTokenCheck> {
  const verified = await verifyClaims(purpose, token);
  if (!verified.valid) return verified;
  const { m, r, e } = verified.claims;
  const expiresAt = instantClaim(e);
  if (typeof m !== 'string' || typeof r !== 'string' || expiresAt === undefined) return { valid: false, reason: 'malformed' };
  if (Date.parse(expiresAt) <= now.getTime()) return { valid: false, reason: 'expired' };
  if (m !== meetingRequestId) return { valid: false, reason: 'other-request' };
  return { valid: true, claims: { meetingRequestId: m, recipientId: r, expiresAt } };
}
