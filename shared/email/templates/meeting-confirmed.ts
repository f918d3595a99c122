import { EmailRenderError, type EmailTemplate } from '../template';
import { checkedTable, manageMeetingsLink, meetingCalendar, meetingEmail, meetingParams, meetingReference, meetingSlot, profileSection, whenWhereSection } from './meeting-parts';

/** To each side: with whom, when, at which table; the .ics invitation (METHOD:REQUEST). */
export const meetingConfirmed: EmailTemplate<'meeting-confirmed'> = (context) => {
  const { i18n, event, message } = context;
  const { slotId, counterpart } = message.data;
  if (slotId === undefined) throw new EmailRenderError('invalid-value', 'A confirmed meeting needs a slotId');
  const slot = meetingSlot(event, slotId);
  const table = checkedTable(event, message.data.table);
  const params = meetingParams(context);
  return meetingEmail(context, {
    subject: i18n.t('subject.meeting-confirmed', params),
    status: [i18n.t('meeting-confirmed.status', params)],
    blocks: [
      whenWhereSection(context, slot, table),
      { type: 'note', text: i18n.t('meeting-confirmed.calendar') },
      profileSection(context, counterpart, i18n.t('meeting-confirmed.profile.heading'), 'summary'),
      ...manageMeetingsLink(context),
    ],
    reference: meetingReference(context),
    attachments: [meetingCalendar(context, 'REQUEST', slot, table)],
  });
};
