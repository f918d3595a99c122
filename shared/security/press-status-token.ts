import { scopedLinkToken, textClaim, type ClaimsOf } from './scoped-link-token';

/**
 * The journalist's read-only link to their request: one accreditation, expiring (signed claims `a`, `e`).
 * Its own purpose: a decision token (same claim names) never verifies as a status token, nor the reverse.
 */
export const pressStatusToken = scopedLinkToken({
  purpose: 'press-status',
  claims: { accreditationId: ['a', textClaim] },
  subject: { field: 'accreditationId', mismatch: 'other-accreditation' },
  refusals: {
    invalid: ['unauthorized', 'invalid-status-link', 'This status link is not valid.'],
    expired: ['unauthorized', 'expired-status-link', 'This status link has expired.'],
    'other-accreditation': ['forbidden', 'foreign-status-link', 'This link is for another accreditation request.'],
  },
});

export type PressStatusClaims = ClaimsOf<typeof pressStatusToken>;

export const pressStatusTokenFor = pressStatusToken.sign;
