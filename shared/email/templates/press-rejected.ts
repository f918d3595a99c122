import type { EmailTemplate } from '../template';
import { eventName } from './common-parts';
import { contactsSection, pressEmail, quoteBlock } from './press-parts';

/** To the journalist: not accepted; the reason when one was given, else a neutral sentence; whom to contact. */
export const pressRejected: EmailTemplate<'press-rejected'> = (context) => {
  const { i18n, message } = context;
  const name = eventName(context);
  const reason = quoteBlock(context, 'press.reason', message.data.reason);
  return pressEmail(context, {
    audience: 'journalist',
    subject: i18n.t('subject.press-rejected', { event: name }),
    status: [i18n.t('press-rejected.status', { event: name }), ...(reason ? [] : [i18n.t('press-rejected.noReason')])],
    before: reason ? [reason] : [],
    after: [contactsSection(context, i18n.t('press-rejected.contacts'))],
  });
};
