import type { EmailKindLoaders } from '../email/email-kind';

/**
 * The registration emails (docs/emails.md, "Kinds"). A seat's email shows the door ticket's QR code,
 * signed when it is sent (docs/check-in.md): those kinds and the QR code load together, on first use
 * (`seat-email-kinds.ts`).
 */
export const registrationEmailKinds: EmailKindLoaders<'registration-confirmed' | 'registration-waitlisted' | 'registration-promoted' | 'registration-cancelled'> = {
  'registration-confirmed': async () => (await import('./seat-email-kinds')).seatEmailKinds['registration-confirmed'],
  'registration-waitlisted': async () => (await import('./seat-email-kinds')).seatEmailKinds['registration-waitlisted'],
  'registration-promoted': async () => (await import('./seat-email-kinds')).seatEmailKinds['registration-promoted'],
  'registration-cancelled': async () => ({ template: (await import('../email/templates/registration-cancelled')).registrationCancelled }),
};
