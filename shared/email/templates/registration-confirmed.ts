import type { EmailTemplate } from '../template';
import { eventName, registrationEmail } from './registration-parts';

/** Registration accepted: a seat is booked. Carries the .ics. */
export const registrationConfirmed: EmailTemplate<'registration-confirmed'> = (context) =>
  registrationEmail(context, {
    subject: 'subject.registration-confirmed',
    status: [context.i18n.t('registration-confirmed.status', { event: eventName(context) })],
    programme: 'booked',
    calendar: true,
    manageLabel: 'manage.button',
  });
