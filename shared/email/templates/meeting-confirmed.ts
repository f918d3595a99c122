import { EmailRenderError, type EmailTemplate } from '../template';
import { timeRangeText } from './common-parts';
import { checkedTable, manageMeetingsLink, meetingCalendar, meetingEmail, meetingParams, meetingReference, meetingSlot, profileSection, slotIfAny, whenWhereSection } from './meeting-parts';

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
  const moved = previousSlotId !== undefined;
  // The old slot may have left the event since (organisers remove free slots): the move is still said.
  const previous = moved ? slotIfAny(event, previousSlotId) : undefined;
  return meetingEmail(context, {
    subject: i18n.t(moved ? 'subject.meeting-moved' : 'subject.meeting-confirmed', params),
    status: moved
      ? [i18n.t('meeting-moved.status', params), ...(previous ? [i18n.t('meeting-moved.previous', { previous: timeRangeText(context, previous) })] : [])]
      : [i18n.t('meeting-confirmed.status', params)],
    blocks: [
      whenWhereSection(context, slot, table),
      { type: 'note', text: i18n.t(moved ? 'meeting-moved.calendar' : 'meeting-confirmed.calendar') },
      profileSection(context, counterpart, i18n.t('meeting-confirmed.profile.heading'), 'summary'),
      ...manageMeetingsLink(context),
    ],
    reference: meetingReference(context),
    attachments: [meetingCalendar(context, 'REQUEST', slot, table)],
  });
};
