import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { dynamo } from '../storage/dynamo-client';
import { participantPartition, participationSortKeyPrefix, slotTablesKey } from '../storage/keys';
import { queryAll } from '../storage/query-all';
import { eventMeetingsPartition, meetingKey, type MeetingRecord } from './meeting-record';

const table = () => runtimeConfig().MEETING_REQUESTS_TABLE;

export async function requireMeeting(meetingRequestId: string): Promise<MeetingRecord> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: meetingKey(meetingRequestId), ConsistentRead: true }));
  if (!Item) throw new DomainError('not-found', 'meeting-not-found', 'There is no such meeting request.');
  return Item as MeetingRecord;
}

/** Tables already taken in a slot (consistent read). */
export async function takenTables(eventId: string, slotId: string): Promise<Set<number>> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: table(), Key: slotTablesKey(eventId, slotId), ConsistentRead: true }));
  return new Set((Item?.taken as Set<number> | undefined) ?? []);
}

export interface Participation {
  registrationId: string;
  meetingRequestId: string;
  eventId: string;
  role: 'requester' | 'recipient';
  counterpartId: string;
  status: MeetingRecord['status'];
  sequence: number;
  slotId?: string;
  table?: number;
}

/** Every meeting a participant is part of, from their own partition. */
export function participationsOf(registrationId: string): Promise<Participation[]> {
  return queryAll<Participation>({
    TableName: table(),
    KeyConditionExpression: 'pk = :participant AND begins_with(sk, :meeting)',
    ExpressionAttributeValues: { ':participant': participantPartition(registrationId), ':meeting': participationSortKeyPrefix },
  });
}

/** The meetings of an event in one status (index gsi1, `<status>#…` sort keys). */
export function meetingsWithStatus(eventId: string, status: MeetingRecord['status']): Promise<MeetingRecord[]> {
  return queryAll<MeetingRecord>({
    TableName: table(),
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :meetings AND begins_with(gsi1sk, :status)',
    ExpressionAttributeValues: { ':meetings': eventMeetingsPartition(eventId), ':status': `${status}#` },
  });
}
