import { EmailRenderError, type EmailTemplate } from '../template';
import { toSingleLine } from '../text';
import { checkedInstant } from './common-parts';
import { pressEmail, quoteBlock, requestParams } from './press-parts';

/** To the other press contacts: who decided what and when (event time zone), with the reason if any. */
export const pressDecisionNotice: EmailTemplate<'press-decision-notice'> = (context) => {
  const { i18n, format, message } = context;
  const { decision, decidedBy, reason } = message.data;
  if (decision !== 'approved' && decision !== 'rejected') throw new EmailRenderError('invalid-value', `Unknown decision: ${String(decision)}`);
  if (toSingleLine(decidedBy) === '') throw new EmailRenderError('invalid-value', 'decidedBy is blank');
  const decidedAt = checkedInstant(message.data.decidedAt, 'decidedAt');
  const reasonBlock = quoteBlock(context, 'press.reason', reason);
  return pressEmail(context, {
    audience: 'contact',
    subject: i18n.t(`subject.press-decision-notice.${decision}`, requestParams(context)),
    status: [
      // A console decision is the organisers', worded as such in each language ("Organisers a accepté" read badly).
      message.data.byOrganisers
        ? i18n.t(`press-decision-notice.organisers.${decision}`, { date: format.dateAt(decidedAt), time: format.timeAt(decidedAt) })
        : i18n.t(`press-decision-notice.${decision}`, { name: decidedBy, date: format.dateAt(decidedAt), time: format.timeAt(decidedAt) }),
      i18n.t('press-decision-notice.next'),
    ],
    before: reasonBlock ? [reasonBlock] : [],
    instants: [decidedAt],
  });
};
