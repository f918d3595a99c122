import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import type { ChangedDetail } from '../email/email-message';
import type { RegistrationRecord } from './registration-record';

type RegistrationKind = 'registration-confirmed' | 'registration-promoted' | 'registration-cancelled';

const recipientOf = (record: RegistrationRecord) => ({ email: record.email, name: `${record.firstName} ${record.lastName}`, language: record.language, registrationId: record.registrationId });

const manageLinkOf = (record: RegistrationRecord) =>
  ({ type: 'manage', registrationId: record.registrationId, tokenVersion: record.tokenVersion, ticketVersion: record.ticketVersion ?? 0 }) as const;

const registrationData = (record: RegistrationRecord, withTicket: boolean) => ({
  registrationId: record.registrationId,
  firstName: record.firstName,
  lastName: record.lastName,
  organisation: record.organisation,
  programmeItemIds: record.programme,
  ...(withTicket && record.ticketCode !== undefined ? { ticketCode: record.ticketCode } : {}),
});

/** The email about a registration's new state, addressed to the attendee in their language. */
export function registrationEmail(record: RegistrationRecord, kind: RegistrationKind): StoredEmailMessage {
  const data = registrationData(record, kind !== 'registration-cancelled');
  return { kind, eventId: record.eventId, recipient: recipientOf(record), data, link: manageLinkOf(record) };
}

/**
 * The "a seat is yours" email of a waiting attendee confirmed with `record.programme`: the items they
 * had chosen (`wishes`) that were full by then are named, so a dropped site visit is not a surprise.
 */
export function promotedEmail(record: RegistrationRecord, wishes: readonly string[]): StoredEmailMessage {
  const full = wishes.filter((itemId) => !record.programme.includes(itemId));
  const data = { ...registrationData(record, true), ...(full.length > 0 ? { fullProgrammeItemIds: full } : {}) };
  return { kind: 'registration-promoted', eventId: record.eventId, recipient: recipientOf(record), data, link: manageLinkOf(record) };
}

/** The waiting-list email, with the attendee's place in the queue at the time it is written. */
export function waitlistedEmail(record: RegistrationRecord, waitlistPosition: number): StoredEmailMessage {
  const data = { ...registrationData(record, false), waitlistPosition };
  return { kind: 'registration-waitlisted', eventId: record.eventId, recipient: recipientOf(record), data, link: manageLinkOf(record) };
}

/** Tells the attendee which of their details were changed, with the new name and organisation. */
export function detailsChangedEmail(record: RegistrationRecord, changedDetails: ChangedDetail[]): StoredEmailMessage {
  const data = { ...registrationData(record, false), changedDetails };
  return { kind: 'registration-details-changed', eventId: record.eventId, recipient: recipientOf(record), data, link: manageLinkOf(record) };
}
