import { scopedLinkToken, textClaim, type ClaimsOf } from './scoped-link-token';

/**
 * What the answer link of a meeting request email grants: reading and answering that one request,
 * as its recipient, until `expiresAt` (docs/meetings.md). Unlike the manage token it cannot read,
 * change or cancel the registration, so forwarding the email hands over nothing else.
 * Signed claims `m` (request), `r` (recipient), `e` (expiry).
 */
export const answerToken = scopedLinkToken({
  purpose: 'meeting-answer',
  claims: { meetingRequestId: ['m', textClaim], recipientId: ['r', textClaim] },
  subject: { field: 'meetingRequestId', mismatch: 'other-request' },
  refusals: {
    invalid: ['unauthorized', 'invalid-answer-link', 'This answer link is not valid.'],
    expired: ['unauthorized', 'expired-answer-link', 'This answer link has expired: the request can no longer be answered.'],
    'other-request': ['forbidden', 'foreign-answer-link', 'This link is for another meeting request.'],
  },
});

export type AnswerClaims = ClaimsOf<typeof answerToken>;

export const answerTokenFor = answerToken.sign;
