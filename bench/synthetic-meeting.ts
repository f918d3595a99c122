import { ulid } from 'ulid';
import { eventMeetingsPartition, meetingKey, meetingStatusSortKey, type MeetingRecord, type MeetingStatus } from '../shared/meetings/meeting-record';

/** A meeting request as the product stores it, without a slot, for seeding benchmark data. */
export function syntheticMeeting(eventId: string, fromRegistrationId: string, toRegistrationId: string, status: MeetingStatus, createdAt: string): MeetingRecord {
  const id = ulid();
  return {
    ...meetingKey(id),
    entityType: 'meeting-request',
    meetingRequestId: id,
    eventId,
    fromRegistrationId,
    toRegistrationId,
    message: 'Shall we meet?',
    proposedSlotIds: [],
    status,
    sequence: 0,
    createdAt,
    updatedAt: createdAt,
    gsi1pk: eventMeetingsPartition(eventId),
    gsi1sk: meetingStatusSortKey(status, createdAt, id),
  };
}
