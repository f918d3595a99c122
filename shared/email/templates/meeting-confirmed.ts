import { EmailRenderError, type EmailTemplate } from '../template';
import { timeRangeText } from './common-parts';
import { checkedTable, manageMeetingsLink, meetingCalendar, meetingEmail, meetingParams, meetingReference, meetingSlot, profileSection, whenWhereSection } from './meeting-parts';

/**
 * To each side: with whom, when, at which table; the .ics invitation (METHOD:REQUEST). A meeting moved
 * to another slot (`previousSlotId`) says so, with the time it no longer has, so that a second
 * "confirmed" email with another time is not read as a second meeting.
 */
export const meetingConfirmed: EmailTemplate<'meeting-confirmed'> = (context) => {
  const { i18n, event, message } = context;
  const { slotId, counterpart, previousSlotId } = message.data;
  if (slotId === undefined) throw new EmailRenderError('invalid-value', 'A confirmed meeting needs a slotId');
  const slot = meetingSlot(event, slotId);
  const table = checkedTable(event, message.data.table);
  const params = meetingParams(context);
  const previous = previousSlotId === undefined ? undefined : meetingSlot(event, previousSlotId);
  return meetingEmail(context, {
    subject: i18n.t(previous ? 'subject.meeting-moved' : 'subject.meeting-confirmed', params),
    status: previous
      ? [i18n.t('meeting-moved.status', params), i18n.t('meeting-moved.previous', { previous: timeRangeText(context, previous) })]
      : [i18n.t('meeting-confirmed.status', params)],
    blocks: [
      whenWhereSection(context, slot, table),
      { type: 'note', text: i18n.t(previous ? 'meeting-moved.calendar' : 'meeting-confirmed.calendar') },
      profileSection(context, counterpart, i18n.t('meeting-confirmed.profile.heading'), 'summary'),
      ...manageMeetingsLink(context),
    ],
    reference: meetingReference(context),
    attachments: [meetingCalendar(context, 'REQUEST', slot, table)],
  });
};
