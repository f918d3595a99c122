import { scopedLinkToken, textClaim, type ClaimsOf } from './scoped-link-token';

/** A press contact's decision link: one accreditation, one contact, expiring (signed claims `a`, `c`, `e`; lifetime: confirmations/link-lifetimes.ts). */
export const decisionToken = scopedLinkToken({
  purpose: 'press-decision',
  claims: { accreditationId: ['a', textClaim], contactEmail: ['c', textClaim] },
  subject: { field: 'accreditationId', mismatch: 'other-accreditation' },
  refusals: {
    invalid: ['unauthorized', 'invalid-decision-link', 'This decision link is not valid.'],
    expired: ['unauthorized', 'expired-decision-link', 'This decision link has expired.'],
    'other-accreditation': ['forbidden', 'foreign-decision-link', 'This link is for another accreditation request.'],
  },
});

export type DecisionClaims = ClaimsOf<typeof decisionToken>;

export const decisionTokenFor = decisionToken.sign;
