import { constantTimeEquals } from './hmac';
import { purposeSignature } from './purpose-signature';

/**
 * A registration's door ticket, the content of its QR code: `t1.<registration id>.<ticket version>.<signature>`.
 * The signature is an HMAC of the event, the registration and the version under the link-token secret, cut to
 * 128 bits to keep the QR code small. It carries no personal data (a ULID and a number), it only opens the
 * check-in route of its own event, and raising the registration's `ticketVersion` (done on cancellation)
 * revokes every printed or emailed copy.
 */
export interface TicketClaims {
  registrationId: string;
  ticketVersion: number;
}

export type TicketTokenCheck = { valid: true; claims: TicketClaims } | { valid: false; reason: 'malformed' | 'bad-signature' };

const format = /^t1\.([0-9A-HJKMNP-TV-Z]{26})\.(\d{1,6})\.([A-Za-z0-9_-]{22})$/;

/** Whether `token` has a ticket token's shape (its signature unchecked): what can be said of it without the secret. */
export const isTicketTokenShaped = (token: string) => format.test(token.trim());

const signature = async (eventId: string, claims: TicketClaims) => (await purposeSignature('ticket', eventId, claims.registrationId, claims.ticketVersion)).slice(0, 22);

export async function ticketTokenFor(eventId: string, claims: TicketClaims): Promise<string> {
  return `t1.${claims.registrationId}.${claims.ticketVersion}.${await signature(eventId, claims)}`;
}

/** Shape first, then the signature in constant time; a ticket of another event fails the signature. */
export async function checkTicketToken(token: string, eventId: string): Promise<TicketTokenCheck> {
  const parts = format.exec(token.trim());
  if (!parts) return { valid: false, reason: 'malformed' };
  const claims = { registrationId: parts[1]!, ticketVersion: Number(parts[2]) };
  return constantTimeEquals(parts[3]!, await signature(eventId, claims)) ? { valid: true, claims } : { valid: false, reason: 'bad-signature' };
}
