import { beforeAll, describe, expect, it } from 'vitest';
import { answerToken } from '../../shared/security/answer-token';
import { decisionToken } from '../../shared/security/decision-token';
import { directoryToken } from '../../shared/security/directory-token';
import { feedTokenFor, isValidFeedToken } from '../../shared/security/feed-token';
import { isValidManageToken, manageTokenFor } from '../../shared/security/manage-token';
import { checkTicketToken, ticketTokenFor } from '../../shared/security/ticket-token';
import { pressStatusToken } from '../../shared/security/press-status-token';
import { signClaims } from '../../shared/security/signed-claims';

const expiresAt = '2031-01-01T00:00:00.000Z';
const before = new Date('2030-12-31T23:59:59Z');
const request = '01HZZZZZZZZZZZZZZZZZZZZZZA';
const registration = '01HZZZZZZZZZZZZZZZZZZZZZZB';
const accreditation = '01HZZZZZZZZZZZZZZZZZZZZZZC';

/**
 * Tokens signed by the code before the scoped-link factory (commit 0a42193), under the secret below:
 * links already in mailboxes must keep working, and the factory must write the very same bytes.
 */
const sentBefore = {
  answer:
    'eyJtIjoiMDFIWlpaWlpaWlpaWlpaWlpaWlpaWlpaWkEiLCJyIjoiMDFIWlpaWlpaWlpaWlpaWlpaWlpaWlpaWkIiLCJlIjoiMjAzMS0wMS0wMVQwMDowMDowMC4wMDBaIn0.PEV7UbXBOIu0rDaLSascUZpttIjFEKfStJ7wzH_nMC8',
  decision:
    'eyJhIjoiMDFIWlpaWlpaWlpaWlpaWlpaWlpaWlpaWkMiLCJjIjoicHJlc3NAZXhhbXBsZS5vcmciLCJlIjoiMjAzMS0wMS0wMVQwMDowMDowMC4wMDBaIn0.5fikk0om3unQF7C4PdT_DJFABCHFvtZ0mDmvy0KT4nI',
  status: 'eyJhIjoiMDFIWlpaWlpaWlpaWlpaWlpaWlpaWlpaWkMiLCJlIjoiMjAzMS0wMS0wMVQwMDowMDowMC4wMDBaIn0.7wZe7KITyJlyuLmjMuNLGSjFBwF0hHKrjZwUE_lB18g',
  directory:
    'eyJyIjoiMDFIWlpaWlpaWlpaWlpaWlpaWlpaWlpaWkIiLCJ2IjoiMyIsImUiOiIyMDMxLTAxLTAxVDAwOjAwOjAwLjAwMFoifQ.ScxiAbOzSMSXWVZvBYwkJANXwPe54U958sfxI6HkmMo',
};

/** The HMAC tokens of the same commit, which share the one signature helper (purpose-signature.ts). */
const hmacTokensBefore = {
  manage: '01HZZZZZZZZZZZZZZZZZZZZZZB.GzfXm-X3anAkR67_JpmwT51DlcUg-8ILJmlcwY61UZk',
  feed: '4HvxCr-DGRDY3Q7omq8XtA1zl5hNccSRhTBIl65y8WQ',
  ticket: 't1.01HZZZZZZZZZZZZZZZZZZZZZZB.1.3PqgoWe-Yk0WYzvNwvn3Bd',
};

const answerClaims = { meetingRequestId: request, recipientId: registration, expiresAt };
const decisionClaims = { accreditationId: accreditation, contactEmail: 'press@example.org', expiresAt };
const directoryClaims = { registrationId: registration, tokenVersion: 3, expiresAt };

beforeAll(() => {
  process.env.TOKEN_SIGNING_SECRET = 'old-links-test-secret-0123456789abcdef';
});

describe('link tokens (the scoped-link factory and the HMAC tokens)', () => {
  it('still verify the links signed before the factory, with the same claims', async () => {
    expect(await answerToken.check(sentBefore.answer, before, request)).toEqual({ valid: true, claims: answerClaims });
    expect(await decisionToken.check(sentBefore.decision, before, accreditation)).toEqual({ valid: true, claims: decisionClaims });
    expect(await pressStatusToken.check(sentBefore.status, before, accreditation)).toEqual({ valid: true, claims: { accreditationId: accreditation, expiresAt } });
    expect(await directoryToken.check(sentBefore.directory, before)).toEqual({ valid: true, claims: directoryClaims });
  });

  it('sign the same bytes as before', async () => {
    expect(await answerToken.sign(answerClaims)).toBe(sentBefore.answer);
    expect(await decisionToken.sign(decisionClaims)).toBe(sentBefore.decision);
    expect(await pressStatusToken.sign({ accreditationId: accreditation, expiresAt })).toBe(sentBefore.status);
    expect(await directoryToken.sign(directoryClaims)).toBe(sentBefore.directory);
  });

  it('leave the manage token, the feed URL and the door ticket as they were', async () => {
    expect(await manageTokenFor(registration, 3)).toBe(hmacTokensBefore.manage);
    expect(await isValidManageToken(hmacTokensBefore.manage, registration, 3)).toBe(true);
    expect(await isValidManageToken(hmacTokensBefore.manage, registration, 4)).toBe(false);
    expect(await feedTokenFor(registration, 2)).toBe(hmacTokensBefore.feed);
    expect(await isValidFeedToken(hmacTokensBefore.feed, registration, 2)).toBe(true);
    expect(await ticketTokenFor('techdays-casablanca-2019', { registrationId: registration, ticketVersion: 1 })).toBe(hmacTokensBefore.ticket);
    expect(await checkTicketToken(hmacTokensBefore.ticket, 'techdays-casablanca-2019')).toEqual({ valid: true, claims: { registrationId: registration, ticketVersion: 1 } });
    expect(await checkTicketToken(hmacTokensBefore.ticket, 'another-event')).toEqual({ valid: false, reason: 'bad-signature' });
  });

  it('refuse at the expiry instant, for another resource, across purposes, and when tampered', async () => {
    expect(await answerToken.check(sentBefore.answer, new Date(expiresAt), request)).toEqual({ valid: false, reason: 'expired' });
    expect(await answerToken.check(sentBefore.answer, before, accreditation)).toEqual({ valid: false, reason: 'other-request' });
    expect(await pressStatusToken.check(sentBefore.decision, before, accreditation)).toEqual({ valid: false, reason: 'bad-signature' });
    expect(await decisionToken.check(sentBefore.status, before, accreditation)).toEqual({ valid: false, reason: 'bad-signature' });
    expect(await decisionToken.check(`${sentBefore.decision}x`, before, accreditation)).toEqual({ valid: false, reason: 'bad-signature' });
    expect(await directoryToken.check('not-a-token', before)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('refuse a well-signed token whose claims are not of the shape (a missing field, a version that is no count, no date)', async () => {
    const noRecipient = await signClaims('meeting-answer', { m: request, e: expiresAt });
    const wordVersion = await signClaims('directory', { r: registration, v: 'three', e: expiresAt });
    const noDate = await signClaims('press-status', { a: accreditation, e: 'soon' });
    expect(await answerToken.check(noRecipient, before, request)).toEqual({ valid: false, reason: 'malformed' });
    expect(await directoryToken.check(wordVersion, before)).toEqual({ valid: false, reason: 'malformed' });
    expect(await pressStatusToken.check(noDate, before, accreditation)).toEqual({ valid: false, reason: 'malformed' });
  });

  it('turn each refusal into the problem the gate answers with', async () => {
    await expect(decisionToken.authorize(sentBefore.decision, new Date(expiresAt), accreditation)).rejects.toMatchObject({ kind: 'unauthorized', code: 'expired-decision-link', message: 'This decision link has expired.' });
    await expect(pressStatusToken.authorize(sentBefore.status, before, request)).rejects.toMatchObject({ kind: 'forbidden', code: 'foreign-status-link' });
    await expect(directoryToken.authorize(sentBefore.directory, new Date(expiresAt))).rejects.toMatchObject({ kind: 'unauthorized', code: 'expired-directory-link' });
    await expect(answerToken.authorize('x.y', before, request)).rejects.toMatchObject({ kind: 'unauthorized', code: 'invalid-answer-link' });
  });
});
