import { ticketEmailData } from '../check-in/ticket-email-data';
import type { EmailKindLoaders } from '../email/email-kind';

/**
 * The registration emails (docs/emails.md, "Kinds"). A confirmed seat's email shows the door
 * ticket's QR code, signed when it is sent (docs/check-in.md); `qrcode` itself loads on first use.
 */
export const registrationEmailKinds: EmailKindLoaders<'registration-confirmed' | 'registration-waitlisted' | 'registration-promoted' | 'registration-cancelled'> = {
  'registration-confirmed': async () => ({ template: (await import('../email/templates/registration-confirmed')).registrationConfirmed, derivedData: ticketEmailData }),
  'registration-waitlisted': async () => ({ template: (await import('../email/templates/registration-waitlisted')).registrationWaitlisted, derivedData: ticketEmailData }),
  'registration-promoted': async () => ({ template: (await import('../email/templates/registration-promoted')).registrationPromoted, derivedData: ticketEmailData }),
  'registration-cancelled': async () => ({ template: (await import('../email/templates/registration-cancelled')).registrationCancelled }),
};
