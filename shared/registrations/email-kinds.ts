import { ticketEmailData } from '../check-in/ticket-email-data';
import type { EmailKindDefinitions } from '../email/email-kind';
import { registrationCancelled } from '../email/templates/registration-cancelled';
import { registrationConfirmed } from '../email/templates/registration-confirmed';
import { registrationDetailsChanged } from '../email/templates/registration-details-changed';
import { registrationPromoted } from '../email/templates/registration-promoted';
import { registrationWaitlisted } from '../email/templates/registration-waitlisted';

/**
 * The registration emails (docs/emails.md, "Kinds"). A seat's email shows the door ticket's QR code,
 * signed when it is sent (docs/check-in.md): the kinds that can announce a seat derive it.
 */
export const registrationEmailKinds: EmailKindDefinitions<'registration-confirmed' | 'registration-waitlisted' | 'registration-promoted' | 'registration-cancelled' | 'registration-details-changed'> = {
  'registration-confirmed': { template: registrationConfirmed, derivedData: ticketEmailData },
  'registration-waitlisted': { template: registrationWaitlisted, derivedData: ticketEmailData },
  'registration-promoted': { template: registrationPromoted, derivedData: ticketEmailData },
  'registration-cancelled': { template: registrationCancelled },
  'registration-details-changed': { template: registrationDetailsChanged },
};
