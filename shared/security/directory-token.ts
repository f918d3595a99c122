import { countClaim, scopedLinkToken, textClaim, type ClaimsOf } from './scoped-link-token';

/**
 * What the links of the recommendation digest grant (docs/auth.md, `directoryLink`): seeing the
 * event's directory and one's recommendations, and requesting meetings, as that participant, until
 * `expiresAt`. Unlike the manage token it cannot read, change, cancel or erase the registration,
 * so a forwarded digest hands over nothing else. `tokenVersion` ties it to the manage token: raising
 * the registration's version revokes both. Signed claims `r` (registration), `v` (token version),
 * `e` (expiry); the registration is checked by the caller (authorize-directory.ts), not here.
 */
export const directoryToken = scopedLinkToken({
  purpose: 'directory',
  claims: { registrationId: ['r', textClaim], tokenVersion: ['v', countClaim] },
  refusals: {
    invalid: ['unauthorized', 'invalid-directory-link', 'This link is not valid.'],
    expired: ['unauthorized', 'expired-directory-link', 'This link has expired.'],
  },
});

export type DirectoryClaims = ClaimsOf<typeof directoryToken>;

export const directoryTokenFor = directoryToken.sign;
