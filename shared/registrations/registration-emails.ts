import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import type { RegistrationRecord } from './registration-record';

type RegistrationKind = 'registration-confirmed' | 'registration-promoted' | 'registration-cancelled';

/** The email about a registration's new state, addressed to the attendee in their language. */
export function registrationEmail(record: RegistrationRecord, kind: RegistrationKind): StoredEmailMessage {
  return {
    kind,
    eventId: record.eventId,
    recipient: { email: record.email, name: `${record.firstName} ${record.lastName}`, language: record.language },
    data: {
      registrationId: record.registrationId,
      firstName: record.firstName,
      lastName: record.lastName,
      organisation: record.organisation,
      programmeItemIds: record.programme,
      ...(kind !== 'registration-cancelled' && record.ticketCode !== undefined ? { ticketCode: record.ticketCode } : {}),
    },
    link: { type: 'manage', registrationId: record.registrationId, tokenVersion: record.tokenVersion, ticketVersion: record.ticketVersion ?? 0 },
  };
}
