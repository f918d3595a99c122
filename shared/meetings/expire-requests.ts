import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';
import { dynamo } from '../storage/dynamo-client';
import { eventExpiringPartition } from '../storage/keys';
import { writeTransaction } from '../storage/transactions';
import { bothSidesEmails } from './meeting-emails';
import { meetingMoved } from '../organisers/dashboard-deltas';
import { meetingTransition, participationItems, releasePending } from './meeting-items';
import type { MeetingRecord } from './meeting-record';
import { loadSides } from './meeting-sides';

async function dueRequests(eventId: string, now: Date): Promise<MeetingRecord[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: runtimeConfig().MEETING_REQUESTS_TABLE,
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :expiring AND gsi2sk <= :now',
      ExpressionAttributeValues: { ':expiring': eventExpiringPartition(eventId), ':now': `${now.toISOString()}~` },
      Limit: 100,
    }),
  );
  return Items as MeetingRecord[];
}

/** Expires the event's unanswered requests whose time has come; both sides are told. Returns how many. */
export async function expireRequests(event: EventDefinition, now: Date): Promise<number> {
  if (event.meetings.requestExpiryHoursBeforeStart === null) return 0;
  let expired = 0;
  for (const meeting of await dueRequests(event.id, now)) {
    const timestamp = now.toISOString();
    const after: MeetingRecord = { ...meeting, status: 'expired', updatedAt: timestamp };
    const emails = bothSidesEmails('meeting-expired', event, after, await loadSides(meeting)).map((message) => newConfirmation(message, meeting.meetingRequestId, timestamp));
    const outcome = await writeTransaction([
      meetingTransition(meeting, { status: 'expired' }, ['pending'], timestamp),
      ...releasePending(meeting),
      ...participationItems(after),
      ...emails.map(putConfirmation),
      ...meetingMoved(event.id, 'pending', 'expired'),
    ]);
    if (outcome.committed) expired += 1;
  }
  return expired;
}
