import type { Block } from '../layout';
import type { EmailTemplate, MessageOfKind, TemplateContext } from '../template';
import { checkedInstant } from './common-parts';
import { pressEmail, requestParams } from './press-parts';

type ReviewContext = TemplateContext<MessageOfKind<'press-review-requested'>>;

/** The contact's personal decision link: button plus the URL as text, until when it works, do not forward. */
function decisionSection(context: ReviewContext, expiresAt: string): Block {
  const { i18n, format, message } = context;
  return {
    type: 'section',
    heading: i18n.t('press-review-requested.heading'),
    blocks: [
      { type: 'paragraph', text: i18n.t('press-review-requested.how') },
      { type: 'action', label: i18n.t('press-review-requested.button'), url: message.data.decisionUrl, urlHint: i18n.t('action.urlHint') },
      { type: 'note', text: i18n.t('press-review-requested.expiry', { date: format.dateAt(expiresAt), time: format.timeAt(expiresAt) }) },
      { type: 'note', text: i18n.t('press-review-requested.personal') },
    ],
  };
}

/** To one press contact: the full request and that contact's decision link. No .ics. */
export const pressReviewRequested: EmailTemplate<'press-review-requested'> = (context) => {
  const { i18n, message } = context;
  const expiresAt = checkedInstant(message.data.decisionLinkExpiresAt, 'decisionLinkExpiresAt');
  const params = requestParams(context);
  return pressEmail(context, {
    audience: 'contact',
    subject: i18n.t('subject.press-review-requested', params),
    status: [i18n.t('press-review-requested.status', params)],
    after: [decisionSection(context, expiresAt)],
    instants: [expiresAt],
  });
};
