import type { EmailTemplate } from '../template';
import { quote } from './common-parts';
import { expectReader, meetingEmail, meetingParams, meetingReference } from './meeting-parts';

/** To the requester: declined, the reason when one was given, and a pointer to the directory. */
export const meetingDeclined: EmailTemplate<'meeting-declined'> = (context) => {
  const { i18n, message } = context;
  expectReader(context, 'requester');
  const params = meetingParams(context);
  const reason = quote(i18n, i18n.t('meeting.reason'), message.data.reason);
  return meetingEmail(context, {
    subject: i18n.t('subject.meeting-declined', params),
    status: [i18n.t('meeting-declined.status', params)],
    blocks: [...(reason ? [reason] : []), { type: 'paragraph', text: i18n.t('meeting.directory') }],
    reference: meetingReference(context),
  });
};
