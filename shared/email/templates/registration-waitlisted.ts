import { EmailRenderError, type EmailTemplate } from '../template';
import { eventName, registrationEmail } from './registration-parts';

/** Event full: the attendee is on the waiting list at a given position. No .ics (no seat yet). */
export const registrationWaitlisted: EmailTemplate<'registration-waitlisted'> = (context) => {
  const { i18n, message } = context;
  const position = message.data.waitlistPosition;
  if (!Number.isSafeInteger(position) || position < 1) {
    throw new EmailRenderError('invalid-value', `Waiting-list position must be a positive integer, got ${position}`);
  }
  return registrationEmail(context, {
    subject: 'subject.registration-waitlisted',
    status: [
      i18n.t('registration-waitlisted.status', { event: eventName(context) }),
      i18n.t('registration-waitlisted.position', { position }),
      i18n.t('registration-waitlisted.next'),
    ],
    programme: 'selected',
    calendar: false,
    manageLabel: 'manage.button',
  });
};
