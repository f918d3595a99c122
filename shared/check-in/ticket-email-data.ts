import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import { ticketTokenFor } from '../security/ticket-token';
import { ticketQrPng } from './ticket-qr';

/** The QR code of the door ticket, for emails that announce a confirmed seat (they carry its typed code). */
export async function ticketEmailData(message: StoredEmailMessage): Promise<Record<string, string>> {
  const { link, data } = message;
  if (link?.type !== 'manage' || !('ticketCode' in data) || data.ticketCode === undefined) return {};
  const token = await ticketTokenFor(message.eventId, { registrationId: link.registrationId, ticketVersion: link.ticketVersion ?? 0 });
  return { ticketQrPng: ticketQrPng(token) };
}
