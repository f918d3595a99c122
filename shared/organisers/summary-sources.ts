import { runtimeConfig } from '../config/runtime-config';
import type { ConfirmationRecord } from '../confirmations/confirmation-record';
import { eventMeetingsPartition, type MeetingRecord } from '../meetings/meeting-record';
import { eventPressPartition, type PressAccreditationRecord } from '../press/press-record';
import { eventConfirmationsPartition, eventRegistrationsPartition } from '../storage/keys';
import type { AdminRegistration } from './admin-records';
import { queryAll } from './partition-query';

/** Everything a summary counts: four `gsi1` partitions of the event, read by Query (never a Scan). */
export interface SummarySources {
  registrations: AdminRegistration[];
  meetings: MeetingRecord[];
  press: PressAccreditationRecord[];
  confirmations: ConfirmationRecord[];
}

export async function readSummarySources(eventId: string): Promise<SummarySources> {
  const config = runtimeConfig();
  const [registrations, meetings, press, confirmations] = await Promise.all([
    queryAll<AdminRegistration>({ tableName: config.REGISTRATIONS_TABLE, partition: eventRegistrationsPartition(eventId) }),
    queryAll<MeetingRecord>({ tableName: config.MEETING_REQUESTS_TABLE, partition: eventMeetingsPartition(eventId) }),
    queryAll<PressAccreditationRecord>({ tableName: config.REGISTRATIONS_TABLE, partition: eventPressPartition(eventId) }),
    queryAll<ConfirmationRecord>({ tableName: config.CONFIRMATIONS_TABLE, partition: eventConfirmationsPartition(eventId) }),
  ]);
  return { registrations, meetings, press, confirmations };
}
