import type { EmailTemplate } from '../template';
import { eventName, registrationEmail } from './registration-parts';

/** A seat freed up: moved from the waiting list to confirmed. Carries the .ics. */
export const registrationPromoted: EmailTemplate<'registration-promoted'> = (context) =>
  registrationEmail(context, {
    subject: 'subject.registration-promoted',
    status: [context.i18n.t('registration-promoted.status', { event: eventName(context) })],
    programme: 'booked',
    calendar: true,
    manageLabel: 'manage.button',
  });
