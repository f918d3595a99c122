import { describe, expect, it } from 'vitest';
import type { StoredEmailMessage } from '../../shared/confirmations/confirmation-record';
import { mentionedRegistrationIds, namesErasedPerson, scrubMention } from '../../shared/confirmations/mentions';
import { namesPerson } from '../../shared/registrations/erase-export-filters';

const profile = (registrationId: string, name: string) => ({
  registrationId,
  firstName: name,
  lastName: `${name}son`,
  organisation: `${name} Ltd`,
  country: 'MA',
  participantType: 'company',
  sectors: ['ict'],
  offer: `${name} offers`,
  request: `${name} seeks`,
});

const declined = {
  kind: 'meeting-declined',
  recipient: { email: 'reader@example.org', name: 'Reader', language: 'en', registrationId: 'READER' },
  eventId: 'e',
  data: { meetingRequestId: 'm', counterpart: profile('GONE', 'Gone'), recipientIsRequester: true, sequence: 1, reason: 'Gone is away' },
} as unknown as StoredEmailMessage;

const agenda = {
  kind: 'agenda-reminder',
  recipient: { email: 'reader@example.org', name: 'Reader', language: 'en', registrationId: 'READER' },
  eventId: 'e',
  data: {
    registrationId: 'READER',
    entries: [
      { kind: 'meeting', id: 's1', start: 'a', end: 'b', counterpart: 'Gone Goneson (Gone Ltd)', counterpartId: 'GONE' },
      { kind: 'meeting', id: 's2', start: 'a', end: 'b', counterpart: 'Kept Keptson (Kept Ltd)', counterpartId: 'KEPT' },
    ],
  },
  link: { type: 'agenda-feed', registrationId: 'READER', feedVersion: 0 },
} as unknown as StoredEmailMessage;

describe('mentions: who an email names, and the email without them', () => {
  it('finds the recipient and every person shown, wherever the message puts them', () => {
    expect(mentionedRegistrationIds(declined)).toEqual(['GONE', 'READER']);
    expect(mentionedRegistrationIds(agenda)).toEqual(['GONE', 'KEPT', 'READER']);
  });

  it('blanks the erased counterpart and what they wrote, keeps the reader and the others', () => {
    const { message, toThem } = scrubMention(declined, 'GONE');
    expect(toThem).toBe(false);
    expect(JSON.stringify(message)).not.toMatch(/Gone/);
    expect(message.recipient.email).toBe('reader@example.org');
    expect((message.data as { counterpart: { country: string } }).counterpart.country).toBe('MA');

    const scrubbedAgenda = scrubMention(agenda, 'GONE').message;
    expect(JSON.stringify(scrubbedAgenda)).not.toMatch(/Gone/);
    expect(JSON.stringify(scrubbedAgenda)).toContain('Kept Keptson (Kept Ltd)');
    // Marked, so templates word the email without them rather than testing for empty strings.
    expect((message.data as { counterpart: { erased?: boolean } }).counterpart.erased).toBe(true);
    expect((scrubbedAgenda.data as { entries: { counterpartErased?: boolean }[] }).entries.map((entry) => entry.counterpartErased)).toEqual([true, undefined]);
    expect([namesErasedPerson(message), namesErasedPerson(declined)]).toEqual([true, false]);
  });

  it('blanks the recipient of an email to the erased person and says it must not leave', () => {
    const { message, toThem } = scrubMention(agenda, 'READER');
    expect(toThem).toBe(true);
    expect(message.recipient).toMatchObject({ email: '', name: '' });
    expect(JSON.stringify(message)).toContain('Gone Goneson');
  });

  it('takes an export search for the person, not one that merely shares two letters', () => {
    const person = { firstName: 'Al', lastName: 'Benali', email: 'al@example.org', organisation: 'Cluster' };
    expect(namesPerson('benali', person)).toBe(true);
    expect(namesPerson('AL@EXAMPLE.ORG', person)).toBe(true);
    expect(namesPerson('alami', person)).toBe(false);
  });
});
