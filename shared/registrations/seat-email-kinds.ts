import { ticketEmailData } from '../check-in/ticket-email-data';
import type { EmailKindDefinition } from '../email/email-kind';
import { registrationConfirmed } from '../email/templates/registration-confirmed';
import { registrationPromoted } from '../email/templates/registration-promoted';
import { registrationWaitlisted } from '../email/templates/registration-waitlisted';

type SeatKind = 'registration-confirmed' | 'registration-waitlisted' | 'registration-promoted';

/**
 * The registration emails that can carry the door ticket's QR code (docs/check-in.md), with the
 * data that draws it. One chunk, loaded by `email-kinds.ts` when the first of them is sent: the QR
 * encoder is reached from here only, so a mailer whose first email is of another kind never loads it.
 */
export const seatEmailKinds: { readonly [K in SeatKind]: EmailKindDefinition<K> } = {
  'registration-confirmed': { template: registrationConfirmed, derivedData: ticketEmailData },
  'registration-waitlisted': { template: registrationWaitlisted, derivedData: ticketEmailData },
  'registration-promoted': { template: registrationPromoted, derivedData: ticketEmailData },
};
