import type { Block } from '../layout';
import type { EmailTemplate } from '../template';
import { quote, timeRangeTexts, timeZoneNote } from './common-parts';
import {
  expectReader,
  meetingEmail,
  meetingParams,
  meetingReference,
  slotsStillInEvent,
  personalLink,
  profileSection,
  type MeetingContext,
  type MeetingSlot,
} from './meeting-parts';

type RequestedContext = MeetingContext<'meeting-requested'>;

/** The proposed slots (day and times in the event's zone), or: none, the organisers will schedule it. */
function slotsSection(context: RequestedContext, slots: readonly MeetingSlot[]): Block {
  const { i18n } = context;
  const blocks: Block[] =
    slots.length === 0
      ? [{ type: 'paragraph', text: i18n.t('meeting-requested.slots.none') }]
      : [
          { type: 'list', items: timeRangeTexts(context, slots) },
          timeZoneNote(context, slots.map((slot) => slot.start)),
        ];
  return { type: 'section', heading: i18n.t('meeting-requested.slots.heading'), blocks };
}

/** How to answer: the personal answer page (accept in a slot, or decline). */
function answerSection(context: RequestedContext, hasSlots: boolean): Block {
  const { i18n, message } = context;
  return {
    type: 'section',
    heading: i18n.t('meeting-requested.answer.heading'),
    blocks: [
      { type: 'paragraph', text: i18n.t(hasSlots ? 'meeting-requested.answer.how' : 'meeting-requested.answer.how.noSlots') },
      ...personalLink(i18n, i18n.t('meeting-requested.answer.button'), message.data.answerUrl, i18n.t('meeting-requested.answer.personal')),
    ],
  };
}

/** To the recipient of a request: who asks (full profile), their message, the proposed slots, the answer link. */
export const meetingRequested: EmailTemplate<'meeting-requested'> = (context) => {
  const { i18n, event, message } = context;
  expectReader(context, 'recipient');
  const params = meetingParams(context);
  const slots = slotsStillInEvent(event, message.data.proposedSlotIds);
  const messageBlock = quote(i18n, i18n.t('meeting-requested.message'), message.data.message);
  return meetingEmail(context, {
    subject: i18n.t('subject.meeting-requested', params),
    status: [i18n.t('meeting-requested.status', params)],
    blocks: [
      profileSection(context, message.data.counterpart, i18n.t('meeting-requested.profile.heading'), 'full'),
      ...(messageBlock ? [messageBlock] : []),
      slotsSection(context, slots),
      answerSection(context, slots.length > 0),
    ],
    reference: meetingReference(context),
  });
};
