import type { EmailTemplate } from '../template';
import { meetingEmail, meetingParams, meetingReference } from './meeting-parts';

/** To both sides: the request expired unanswered; the requester is pointed to the directory. No .ics. */
export const meetingExpired: EmailTemplate<'meeting-expired'> = (context) => {
  const { i18n, message } = context;
  const params = meetingParams(context);
  const requester = message.data.recipientIsRequester;
  return meetingEmail(context, {
    subject: i18n.t('subject.meeting-expired', params),
    status: [i18n.t(requester ? 'meeting-expired.status.requester' : 'meeting-expired.status.recipient', params)],
    blocks: requester ? [{ type: 'paragraph', text: i18n.t('meeting.directory') }] : [],
    reference: meetingReference(context),
  });
};
