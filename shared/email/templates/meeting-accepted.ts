import type { EmailTemplate } from '../template';
import { expectReader, manageMeetingsLink, meetingEmail, meetingParams, meetingReference } from './meeting-parts';

/** To the requester: accepted without a time; the organisers will schedule it and send the time. No .ics. */
export const meetingAccepted: EmailTemplate<'meeting-accepted'> = (context) => {
  const { i18n } = context;
  expectReader(context, 'requester');
  const params = meetingParams(context);
  return meetingEmail(context, {
    subject: i18n.t('subject.meeting-accepted', params),
    status: [i18n.t('meeting-accepted.status', params), i18n.t('meeting-accepted.next')],
    blocks: manageMeetingsLink(context),
    reference: meetingReference(context),
  });
};
