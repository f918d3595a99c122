import type { EmailKindLoaders } from '../email/email-kind';

/** A confirmed seat's email shows the door ticket's QR code, signed when it is sent (docs/check-in.md). */
const ticketData = async () => (await import('../check-in/ticket-email-data')).ticketEmailData;

/** The registration emails (docs/emails.md, "Kinds"). */
export const registrationEmailKinds: EmailKindLoaders<'registration-confirmed' | 'registration-waitlisted' | 'registration-promoted' | 'registration-cancelled'> = {
  'registration-confirmed': async () => ({ template: (await import('../email/templates/registration-confirmed')).registrationConfirmed, derivedData: await ticketData() }),
  'registration-waitlisted': async () => ({ template: (await import('../email/templates/registration-waitlisted')).registrationWaitlisted, derivedData: await ticketData() }),
  'registration-promoted': async () => ({ template: (await import('../email/templates/registration-promoted')).registrationPromoted, derivedData: await ticketData() }),
  'registration-cancelled': async () => ({ template: (await import('../email/templates/registration-cancelled')).registrationCancelled }),
};
