import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import type { MeetingEmailData } from '../email/email-message';
import type { EventDefinition } from '../events/event-definition';
import type { RegistrationRecord } from '../registrations/registration-record';
import { answerLink } from './answer-link';
import type { MeetingRecord } from './meeting-record';
import { profileOf, recipientOf } from './participants';

export interface MeetingSides {
  requester: RegistrationRecord;
  recipient: RegistrationRecord;
}

function meetingData(event: EventDefinition, meeting: MeetingRecord, reader: RegistrationRecord, other: RegistrationRecord): MeetingEmailData {
  return {
    meetingRequestId: meeting.meetingRequestId,
    counterpart: profileOf(event, other),
    recipientIsRequester: reader.registrationId === meeting.fromRegistrationId,
    ...(meeting.slotId ? { slotId: meeting.slotId } : {}),
    ...(meeting.table ? { table: meeting.table } : {}),
    sequence: meeting.sequence,
  };
}

const base = (event: EventDefinition, reader: RegistrationRecord) => ({ recipient: recipientOf(reader), eventId: event.id });

/** The reader's manage page (their agenda cancels or moves the meeting): for emails about a meeting that stands. */
const manageLink = (reader: RegistrationRecord) => ({ link: { type: 'manage', registrationId: reader.registrationId, tokenVersion: reader.tokenVersion } as const });

/** To the recipient of a new request, with their personal answer link. */
export function requestedEmail(event: EventDefinition, meeting: MeetingRecord, sides: MeetingSides): StoredEmailMessage {
  const { recipient, requester } = sides;
  return {
    kind: 'meeting-requested',
    ...base(event, recipient),
    data: { ...meetingData(event, meeting, recipient, requester), message: meeting.message, proposedSlotIds: meeting.proposedSlotIds },
    link: answerLink(event, meeting),
  };
}

/** The same kind of email to both sides (confirmed, expired); `previousSlotId`: a confirmed meeting moved from there. */
export function bothSidesEmails(kind: 'meeting-confirmed' | 'meeting-expired', event: EventDefinition, meeting: MeetingRecord, sides: MeetingSides, previousSlotId?: string): StoredEmailMessage[] {
  return [
    [sides.requester, sides.recipient],
    [sides.recipient, sides.requester],
  ].map(([reader, other]) => ({
    kind,
    ...base(event, reader!),
    data: { ...meetingData(event, meeting, reader!, other!), ...(previousSlotId === undefined ? {} : { previousSlotId }) },
    ...(kind === 'meeting-confirmed' ? manageLink(reader!) : {}),
  }));
}

/** To the requester: accepted without a time, or declined. */
export function answerEmail(event: EventDefinition, meeting: MeetingRecord, sides: MeetingSides, reason?: string): StoredEmailMessage {
  const data = meetingData(event, meeting, sides.requester, sides.recipient);
  return meeting.status === 'declined'
    ? { kind: 'meeting-declined', ...base(event, sides.requester), data: { ...data, ...(reason ? { reason } : {}) } }
    : { kind: 'meeting-accepted', ...base(event, sides.requester), data, ...manageLink(sides.requester) };
}

/** To the side that did not cancel; `beforeAnswer`: the request was still pending (a withdrawn request, not a cancelled meeting). */
export function cancelledEmail(event: EventDefinition, meeting: MeetingRecord, sides: MeetingSides, cancelledById: string, beforeAnswer: boolean): StoredEmailMessage {
  const [reader, other] = cancelledById === sides.requester.registrationId ? [sides.recipient, sides.requester] : [sides.requester, sides.recipient];
  return { kind: 'meeting-cancelled', ...base(event, reader), data: { ...meetingData(event, meeting, reader, other), cancelledByCounterpart: true, ...(beforeAnswer ? { beforeAnswer } : {}) } };
}
