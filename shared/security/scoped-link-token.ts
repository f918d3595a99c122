import { DomainError, type DomainErrorKind } from '../domain-error';
import { instantClaim, signClaims, verifyClaims } from './signed-claims';

/** How one field travels in the signed claims: always a string there (the claims are a flat JSON object). */
export interface ClaimCodec<T> {
  encode(value: T): string;
  /** The field, or undefined when the claim is missing or not of its shape (the token is then malformed). */
  decode(claim: unknown): T | undefined;
}

export const textClaim: ClaimCodec<string> = {
  encode: (value) => value,
  decode: (claim) => (typeof claim === 'string' ? claim : undefined),
};

/** A small whole number (a token version), written as digits. */
export const countClaim: ClaimCodec<number> = {
  encode: (value) => String(value),
  decode: (claim) => (typeof claim === 'string' && /^\d{1,9}$/.test(claim) ? Number(claim) : undefined),
};

/** Field name → [claim name, codec], in the order the claims are written (which fixes the token's bytes). */
type ClaimLayout = Record<string, readonly [claim: string, codec: { encode(value: never): string; decode(claim: unknown): unknown }]>;

/** The fields a link of this layout carries, with the expiry every scoped link has (ISO 8601; the link stops working then). */
export type LinkClaims<L extends ClaimLayout> = { [F in keyof L]: L[F][1] extends ClaimCodec<infer T> ? T : never } & { expiresAt: string };

export type LinkRefusal<Foreign extends string> = 'malformed' | 'bad-signature' | 'expired' | Foreign;

export type LinkCheck<C, Foreign extends string> = { valid: true; claims: C } | { valid: false; reason: LinkRefusal<Foreign> };

type Problem = readonly [kind: DomainErrorKind, code: string, message: string];

/** The problem each refusal becomes at the gate. A malformed link and a bad signature read alike (`invalid`). */
type Refusals<Foreign extends string> = Record<'expired' | 'invalid' | Foreign, Problem>;

interface ScopedLinkSpec<L extends ClaimLayout, Foreign extends string> {
  /** Signed with the claims: a token made for one purpose never verifies as another. */
  purpose: string;
  claims: L;
  /** The field that must name the resource the link is used on (the path's request or accreditation), and the refusal when it does not. */
  subject?: { field: keyof L & string; mismatch: Foreign };
  refusals: Refusals<Foreign>;
}

export interface ScopedLinkToken<Claims, Foreign extends string> {
  sign(claims: Claims): Promise<string>;
  /** `subjectId`: the resource the link is used on, for links scoped to one (ignored otherwise). */
  check(token: string, now: Date, subjectId?: string): Promise<LinkCheck<Claims, Foreign>>;
  /** The problem (401 or 403) a refused link answers with. */
  refusal(reason: LinkRefusal<Foreign>): DomainError;
  /** The link's claims, or its refusal thrown. */
  authorize(token: string, now: Date, subjectId?: string): Promise<Claims>;
}

/** The claims a kind of link carries once checked. */
export type ClaimsOf<T> = T extends ScopedLinkToken<infer Claims, string> ? Claims : never;

const expiryClaim = 'e';

/**
 * A kind of emailed link token (answer, decision, press status, directory): signed claims naming what
 * the link opens, with an expiry (`<claims as base64url JSON>.<HMAC(purpose, claims)>`, signed-claims.ts).
 * Checking is always in the same order: signature (constant time), then shape, then expiry, then that
 * the link is for the resource it is used on; `authorize` turns a refusal into the gate's problem.
 */
export function scopedLinkToken<L extends ClaimLayout, Foreign extends string = never>(spec: ScopedLinkSpec<L, Foreign>): ScopedLinkToken<LinkClaims<L>, Foreign> {
  type Claims = LinkClaims<L>;
  const layout = Object.entries(spec.claims) as [keyof L & string, readonly [string, ClaimCodec<unknown>]][];

  function sign(fields: Claims): Promise<string> {
    const claims: Record<string, string> = {};
    for (const [field, [claim, codec]] of layout) claims[claim] = codec.encode(fields[field]);
    claims[expiryClaim] = fields.expiresAt;
    return signClaims(spec.purpose, claims);
  }

  function decode(claims: Record<string, unknown>): Claims | undefined {
    const fields: Record<string, unknown> = { expiresAt: instantClaim(claims[expiryClaim]) };
    for (const [field, [claim, codec]] of layout) fields[field] = codec.decode(claims[claim]);
    return Object.values(fields).includes(undefined) ? undefined : (fields as Claims);
  }

  async function check(token: string, now: Date, subjectId?: string): Promise<LinkCheck<Claims, Foreign>> {
    const verified = await verifyClaims(spec.purpose, token);
    if (!verified.valid) return verified;
    const claims = decode(verified.claims);
    if (claims === undefined) return { valid: false, reason: 'malformed' };
    if (Date.parse(claims.expiresAt) <= now.getTime()) return { valid: false, reason: 'expired' };
    if (spec.subject && claims[spec.subject.field] !== subjectId) return { valid: false, reason: spec.subject.mismatch };
    return { valid: true, claims };
  }

  function refusal(reason: LinkRefusal<Foreign>): DomainError {
    const [kind, code, message] = reason === 'malformed' || reason === 'bad-signature' ? spec.refusals.invalid : spec.refusals[reason];
    return new DomainError(kind, code, message);
  }

  async function authorize(token: string, now: Date, subjectId?: string): Promise<Claims> {
    const checked = await check(token, now, subjectId);
    if (!checked.valid) throw refusal(checked.reason);
    return checked.claims;
  }

  return { sign, check, refusal, authorize };
}
