import type { Block } from '../layout';
import type { EmailTemplate } from '../template';
import { checkedTable, meetingCalendar, meetingEmail, meetingParams, meetingReference, meetingSlot, whenWhereSection } from './meeting-parts';

/**
 * To the other side: who cancelled (the counterpart, or not); with a slot, when and where it was
 * and the .ics cancellation (METHOD:CANCEL, same UID, the caller's higher SEQUENCE). A request
 * withdrawn while pending says so instead (no meeting, no slot, no calendar).
 */
export const meetingCancelled: EmailTemplate<'meeting-cancelled'> = (context) => {
  const { i18n, event, message } = context;
  const { slotId, cancelledByCounterpart } = message.data;
  const params = meetingParams(context);
  const slot = slotId === undefined ? undefined : meetingSlot(event, slotId);
  const table = message.data.table === undefined ? undefined : checkedTable(event, message.data.table);
  const blocks: Block[] = slot ? [whenWhereSection(context, slot, table), { type: 'note', text: i18n.t('meeting-cancelled.calendar') }] : [];
  // A request withdrawn before any answer: no meeting existed, so the email does not say one was cancelled.
  if (message.data.beforeAnswer) {
    return meetingEmail(context, {
      subject: i18n.t('subject.meeting-withdrawn', params),
      status: [i18n.t(message.data.recipientIsRequester ? 'meeting-withdrawn.status.toRequester' : 'meeting-withdrawn.status', params)],
      blocks: [],
      reference: meetingReference(context),
      attachments: [],
    });
  }
  return meetingEmail(context, {
    subject: i18n.t('subject.meeting-cancelled', params),
    status: [i18n.t(cancelledByCounterpart ? 'meeting-cancelled.status.byCounterpart' : 'meeting-cancelled.status', params)],
    blocks,
    reference: meetingReference(context),
    attachments: slot ? [meetingCalendar(context, 'CANCEL', slot, table)] : [],
  });
};
