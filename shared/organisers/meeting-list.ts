import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import { eventMeetingsPartition, type MeetingRecord } from '../meetings/meeting-record';
import { toCsv } from './csv';
import { withoutStorageAttributes, type ListDefinition } from './list-response';
import { participantNames, type ParticipantName } from './participant-names';

type NamedMeeting = MeetingRecord & { from?: ParticipantName; to?: ParticipantName };

async function withNames(rows: MeetingRecord[]): Promise<NamedMeeting[]> {
  const names = await participantNames(rows.flatMap((row) => [row.fromRegistrationId, row.toRegistrationId]));
  return rows.map((row) => ({ ...row, from: names.get(row.fromRegistrationId), to: names.get(row.toRegistrationId) }));
}

function meetingsCsv(event: EventDefinition, rows: NamedMeeting[]): Promise<string> {
  const slot = (id: string | undefined) => event.meetings.slots.find((candidate) => candidate.id === id);
  return toCsv<NamedMeeting>(
    [
      { header: 'meetingRequestId', value: (m) => m.meetingRequestId },
      { header: 'status', value: (m) => m.status },
      { header: 'createdAt', value: (m) => m.createdAt },
      { header: 'updatedAt', value: (m) => m.updatedAt },
      { header: 'fromRegistrationId', value: (m) => m.fromRegistrationId },
      { header: 'fromName', value: (m) => m.from?.name },
      { header: 'fromOrganisation', value: (m) => m.from?.organisation },
      { header: 'toRegistrationId', value: (m) => m.toRegistrationId },
      { header: 'toName', value: (m) => m.to?.name },
      { header: 'toOrganisation', value: (m) => m.to?.organisation },
      { header: 'slotId', value: (m) => m.slotId },
      { header: 'slotStart', value: (m) => slot(m.slotId)?.start },
      { header: 'table', value: (m) => m.table },
      { header: 'message', value: (m) => m.message },
      { header: 'declineReason', value: (m) => m.declineReason },
    ],
    rows,
  );
}

/** The event's meeting requests, by status then age (access pattern 17). */
export function meetingList(event: EventDefinition, status: string | undefined): ListDefinition<MeetingRecord> {
  return {
    query: {
      tableName: runtimeConfig().MEETING_REQUESTS_TABLE,
      partition: eventMeetingsPartition(event.id),
      ...(status ? { sortKeyPrefix: `${status}#` } : {}),
    },
    toItems: async (rows) => (await withNames(rows)).map(withoutStorageAttributes),
    toCsv: async (rows) => meetingsCsv(event, await withNames(rows)),
    filename: `meetings-${event.id}.csv`,
  };
}
