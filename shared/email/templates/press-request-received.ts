import type { EmailTemplate } from '../template';
import { eventName } from './common-parts';
import { pressEmail } from './press-parts';

/** To the journalist: the request arrived and the press contacts will decide. No .ics. */
export const pressRequestReceived: EmailTemplate<'press-request-received'> = (context) => {
  const { i18n } = context;
  const event = eventName(context);
  return pressEmail(context, {
    audience: 'journalist',
    subject: i18n.t('subject.press-request-received', { event }),
    status: [i18n.t('press-request-received.status', { event }), i18n.t('press-request-received.next')],
  });
};
