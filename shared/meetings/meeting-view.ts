import type { MeetingRecord } from './meeting-record';

export function toMeetingView(meeting: MeetingRecord) {
  return {
    meetingRequestId: meeting.meetingRequestId,
    eventId: meeting.eventId,
    fromRegistrationId: meeting.fromRegistrationId,
    toRegistrationId: meeting.toRegistrationId,
    status: meeting.status,
    proposedSlotIds: meeting.proposedSlotIds,
    ...(meeting.source ? { source: meeting.source } : {}),
    ...(meeting.slotId ? { slotId: meeting.slotId } : {}),
    ...(meeting.table ? { table: meeting.table } : {}),
    createdAt: meeting.createdAt,
    updatedAt: meeting.updatedAt,
  };
}
