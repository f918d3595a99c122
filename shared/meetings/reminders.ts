import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation, type StoredEmailMessage } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';
import type { RegistrationRecord } from '../registrations/registration-record';
import { findRegistration } from '../registrations/registration-store';
import { queryAll } from '../storage/query-all';
import { writeTransaction } from '../storage/transactions';
import { agendaOf } from './agenda';
import { findSlot } from './bookable-slots';
import { eventMeetingsPartition, type MeetingRecord } from './meeting-record';
import { profileOf, recipientOf } from './participants';

const day = 24 * 3_600_000;

function meetingsWithStatus(eventId: string, status: MeetingRecord['status']): Promise<MeetingRecord[]> {
  return queryAll<MeetingRecord>({
    TableName: runtimeConfig().MEETING_REQUESTS_TABLE,
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :meetings AND begins_with(gsi1sk, :status)',
    ExpressionAttributeValues: { ':meetings': eventMeetingsPartition(eventId), ':status': `${status}#` },
  });
}

/**
 * Records a reminder at most once per participant, kind and day: the marker item and the email
 * are written in one transaction, so a rerun (or a retried schedule) sends nothing twice.
 */
async function remindOnce(marker: string, message: StoredEmailMessage, subjectId: string, now: Date): Promise<boolean> {
  const email = newConfirmation(message, subjectId, now.toISOString());
  const outcome = await writeTransaction([
    {
      Put: {
        TableName: runtimeConfig().MEETING_REQUESTS_TABLE,
        Item: { pk: `REMINDER#${marker}`, sk: 'REMINDER', entityType: 'reminder', expiresAt: Math.floor(now.getTime() / 1000) + 30 * 86_400 },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    putConfirmation(email),
  ]);
  return outcome.committed;
}

const localDate = (event: EventDefinition, instant: Date | string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

const feedLink = (record: RegistrationRecord) => ({ type: 'agenda-feed' as const, registrationId: record.registrationId, feedVersion: record.feedVersion ?? 0 });

/** Participants with requests waiting a day or more for their answer get one reminder a day. */
export async function remindPendingAnswers(event: EventDefinition, now: Date): Promise<number> {
  const waiting = (await meetingsWithStatus(event.id, 'pending')).filter((meeting) => now.getTime() - Date.parse(meeting.createdAt) >= day);
  const byRecipient = Map.groupBy(waiting, (meeting) => meeting.toRegistrationId);
  let sent = 0;
  for (const [recipientId, meetings] of byRecipient) {
    const recipient = await findRegistration(recipientId);
    if (!recipient || recipient.status !== 'confirmed') continue;
    const requesters = (await Promise.all(meetings.map((meeting) => findRegistration(meeting.fromRegistrationId)))).filter((record) => record !== undefined);
    const message: StoredEmailMessage = {
      kind: 'meeting-answer-reminder',
      recipient: recipientOf(recipient),
      eventId: event.id,
      data: { pendingCount: meetings.length, requesters: requesters.map((record) => profileOf(event, record)) },
      link: feedLink(recipient),
    };
    if (await remindOnce(`answer#${recipientId}#${localDate(event, now)}`, message, recipientId, now)) sent += 1;
  }
  return sent;
}

/** The day before a meeting day, each participant with meetings that day gets their agenda. */
export async function remindAgendas(event: EventDefinition, now: Date): Promise<number> {
  const tomorrow = localDate(event, new Date(now.getTime() + day));
  const confirmed = (await meetingsWithStatus(event.id, 'confirmed')).filter((meeting) => {
    const slot = meeting.slotId ? findSlot(event, meeting.slotId) : undefined;
    return slot !== undefined && localDate(event, slot.start) === tomorrow;
  });
  const participantIds = new Set(confirmed.flatMap((meeting) => [meeting.fromRegistrationId, meeting.toRegistrationId]));
  let sent = 0;
  for (const registrationId of participantIds) {
    const record = await findRegistration(registrationId);
    if (!record || record.status !== 'confirmed') continue;
    const entries = (await agendaOf(event, record)).map(({ kind, id, start, end, table, counterpart, meetingRequestId }) => ({
      kind,
      id,
      start,
      end,
      ...(table === undefined ? {} : { table }),
      ...(counterpart === undefined ? {} : { counterpart }),
      ...(meetingRequestId === undefined ? {} : { meetingRequestId }),
    }));
    const message: StoredEmailMessage = { kind: 'agenda-reminder', recipient: recipientOf(record), eventId: event.id, data: { registrationId, entries }, link: feedLink(record) };
    if (await remindOnce(`agenda#${registrationId}#${tomorrow}`, message, registrationId, now)) sent += 1;
  }
  return sent;
}
