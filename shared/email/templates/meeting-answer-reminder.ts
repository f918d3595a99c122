import type { Block } from '../layout';
import { EmailRenderError, type EmailTemplate } from '../template';
import { eventName } from './common-parts';
import { meetingEmail, participantLabel, personalLink } from './meeting-parts';

/** Requesters named in the reminder; the others are counted ("and 5 more"). */
const MAX_LISTED_REQUESTERS = 10;

/** To a participant with requests waiting: how many, from whom, answer from the request emails; the agenda link. */
export const meetingAnswerReminder: EmailTemplate<'meeting-answer-reminder'> = (context) => {
  const { i18n, message } = context;
  const { pendingCount: count, requesters, agendaUrl } = message.data;
  if (!Number.isSafeInteger(count) || count < 1 || requesters.length > count) {
    throw new EmailRenderError('invalid-value', `pendingCount must be a positive integer, at least the ${requesters.length} requesters, got ${count}`);
  }
  const event = eventName(context);
  const listed = requesters.slice(0, MAX_LISTED_REQUESTERS).map((requester) => participantLabel(i18n, requester));
  const unlisted = count - listed.length;
  const requesterBlocks: Block[] =
    listed.length === 0
      ? []
      : [
          { type: 'paragraph', text: i18n.t('meeting-answer-reminder.requesters') },
          { type: 'list', items: unlisted > 0 ? [...listed, i18n.plural('meeting-answer-reminder.more', unlisted)] : listed },
        ];
  return meetingEmail(context, {
    subject: i18n.t('subject.meeting-answer-reminder', { event }),
    status: [i18n.plural('meeting-answer-reminder.status', count, { event })],
    blocks: [
      ...requesterBlocks,
      { type: 'paragraph', text: i18n.t('meeting-answer-reminder.how') },
      ...personalLink(i18n, i18n.t('meeting-answer-reminder.button'), agendaUrl, i18n.t('meeting.agenda.personal')),
    ],
  });
};
