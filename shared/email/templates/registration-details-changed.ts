import type { EmailTemplate } from '../template';
import { eventName, registrationEmail } from './registration-parts';

/**
 * The attendee's details were changed through their personal link: which ones, and whom to tell if
 * it was not them (anyone holding the link can change them). The new name and organisation show in
 * the registration section. No programme, no .ics.
 */
export const registrationDetailsChanged: EmailTemplate<'registration-details-changed'> = (context) => {
  const { i18n, message } = context;
  const details = i18n.list(message.data.changedDetails.map((detail) => i18n.t(`registration-details-changed.detail.${detail}`)));
  return registrationEmail(context, {
    subject: 'subject.registration-details-changed',
    status: [
      i18n.t('registration-details-changed.status', { event: eventName(context), details }),
      i18n.t('registration-details-changed.next'),
    ],
    programme: 'hidden',
    calendar: false,
    manageLabel: 'manage.button',
  });
};
