import type { EmailTemplate } from '../template';
import { eventName, registrationEmail } from './registration-parts';

/** Registration cancelled (by the attendee or the organisers). No programme, no .ics. */
export const registrationCancelled: EmailTemplate<'registration-cancelled'> = (context) =>
  registrationEmail(context, {
    subject: 'subject.registration-cancelled',
    status: [
      context.i18n.t('registration-cancelled.status', { event: eventName(context) }),
      context.i18n.t('registration-cancelled.next'),
    ],
    programme: 'hidden',
    calendar: false,
    manageLabel: 'manage.view',
  });
