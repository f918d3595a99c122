import type { RegistrationRecord } from '../registrations/registration-record';
import { displayTicketCode } from '../security/ticket-code';
import { ticketTokenFor } from '../security/ticket-token';

/** The door ticket as its holder sees it: only for a confirmed seat that has one (records before tickets have none). */
export async function ticketView(record: RegistrationRecord): Promise<{ ticket?: { token: string; code: string } }> {
  if (record.status !== 'confirmed' || record.ticketCode === undefined) return {};
  const token = await ticketTokenFor(record.eventId, { registrationId: record.registrationId, ticketVersion: record.ticketVersion ?? 0 });
  return { ticket: { token, code: displayTicketCode(record.ticketCode) } };
}
