import { runtimeConfig } from '../config/runtime-config';
import { participantCountersKey, participantMeetingKey, pendingPairKey, slotLockKey, slotTablesKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { meetingKey, meetingStatusSortKey, type MeetingRecord, type MeetingStatus } from './meeting-record';

const table = () => runtimeConfig().MEETING_REQUESTS_TABLE;

/** Moves a meeting from `from` to its new state; fails if someone else moved it first. */
export function meetingTransition(meeting: MeetingRecord, next: Partial<MeetingRecord> & { status: MeetingStatus }, from: MeetingStatus[], now: string): TransactionItem {
  const update = new UpdateBuilder();
  for (const [name, value] of Object.entries(next)) update.set(name, value);
  update
    .set('updatedAt', now)
    .set('gsi1sk', meetingStatusSortKey(next.status, meeting.createdAt, meeting.meetingRequestId))
    .when((path, value) => `${path('status')} IN (${from.map((status) => value(status)).join(', ')})`);
  if (next.status !== 'pending') update.remove('gsi2pk').remove('gsi2sk');
  return { Update: { TableName: table(), Key: meetingKey(meeting.meetingRequestId), ...update.build() } };
}

/** Each side's copy of the meeting, in their own partition (their list and agenda read it). */
export function participationItems(meeting: MeetingRecord): TransactionItem[] {
  return [
    { registrationId: meeting.fromRegistrationId, role: 'requester', counterpartId: meeting.toRegistrationId },
    { registrationId: meeting.toRegistrationId, role: 'recipient', counterpartId: meeting.fromRegistrationId },
  ].map((side) => ({
    Put: {
      TableName: table(),
      Item: {
        ...participantMeetingKey(side.registrationId, meeting.meetingRequestId),
        entityType: 'participation',
        ...side,
        meetingRequestId: meeting.meetingRequestId,
        eventId: meeting.eventId,
        status: meeting.status,
        sequence: meeting.sequence,
        ...(meeting.slotId ? { slotId: meeting.slotId } : {}),
        ...(meeting.table ? { table: meeting.table } : {}),
      },
    },
  }));
}

/** A request stops being pending: the pair may ask again, and the requester's quota frees up. */
export function releasePending(meeting: MeetingRecord): TransactionItem[] {
  return [
    { Delete: { TableName: table(), Key: pendingPairKey(meeting.eventId, meeting.fromRegistrationId, meeting.toRegistrationId) } },
    {
      Update: {
        TableName: table(),
        Key: participantCountersKey(meeting.fromRegistrationId),
        ...new UpdateBuilder().increment('pendingOutgoing', -1).build(),
      },
    },
  ];
}

const sides = (meeting: MeetingRecord) => [meeting.fromRegistrationId, meeting.toRegistrationId];

/** Locks both participants in the slot and takes table `tableNumber` from the slot's pool. */
export function bookSlot(meeting: MeetingRecord, slotId: string, tableNumber: number, tablesPerSlot: number): TransactionItem[] {
  const locks = sides(meeting).map(
    (registrationId): TransactionItem => ({
      Put: {
        TableName: table(),
        Item: { ...slotLockKey(meeting.eventId, slotId, registrationId), entityType: 'slot-lock', meetingRequestId: meeting.meetingRequestId },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }),
  );
  const pool: TransactionItem = {
    Update: {
      TableName: table(),
      Key: slotTablesKey(meeting.eventId, slotId),
      UpdateExpression: 'ADD taken :table',
      ConditionExpression: 'attribute_not_exists(taken) OR (NOT contains(taken, :number) AND size(taken) < :tables)',
      ExpressionAttributeValues: { ':table': new Set([tableNumber]), ':number': tableNumber, ':tables': tablesPerSlot },
    },
  };
  return [...locks, pool];
}

/** Frees both locks and the table of a confirmed meeting. */
export function releaseSlot(meeting: MeetingRecord, slotId: string, tableNumber: number): TransactionItem[] {
  const locks = sides(meeting).map(
    (registrationId): TransactionItem => ({
      Delete: {
        TableName: table(),
        Key: slotLockKey(meeting.eventId, slotId, registrationId),
        ConditionExpression: 'meetingRequestId = :id',
        ExpressionAttributeValues: { ':id': meeting.meetingRequestId },
      },
    }),
  );
  const pool: TransactionItem = {
    Update: {
      TableName: table(),
      Key: slotTablesKey(meeting.eventId, slotId),
      UpdateExpression: 'DELETE taken :table',
      ConditionExpression: 'contains(taken, :number)',
      ExpressionAttributeValues: { ':table': new Set([tableNumber]), ':number': tableNumber },
    },
  };
  return [...locks, pool];
}
