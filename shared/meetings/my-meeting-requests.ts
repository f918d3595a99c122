import { runtimeConfig } from '../config/runtime-config';
import type { RegistrationRecord } from '../registrations/registration-record';
import { batchGetAll } from '../storage/batch-get';
import { registrationKey } from '../storage/keys';
import { meetingKey, type MeetingRecord } from './meeting-record';
import { participationsOf } from './meeting-store';
import { toMeetingView } from './meeting-view';

/**
 * Every meeting request a participant is part of (incoming and outgoing), newest first, each with
 * the message and the other side's public profile (name, organisation, country: never email or phone).
 * Three reads whatever the count: the participant's partition, then the requests and the counterparts in batches.
 */
export async function meetingRequestsOf(registrationId: string) {
  const participations = await participationsOf(registrationId);
  const [meetings, counterparts] = await Promise.all([
    batchGetAll<MeetingRecord>(runtimeConfig().MEETING_REQUESTS_TABLE, participations.map((participation) => meetingKey(participation.meetingRequestId)), { consistent: true }),
    batchGetAll<RegistrationRecord>(runtimeConfig().REGISTRATIONS_TABLE, [...new Set(participations.map((participation) => participation.counterpartId))].map(registrationKey), { consistent: true }),
  ]);
  const people = new Map(counterparts.filter((record) => !record.erasedAt).map((record) => [record.registrationId, record]));
  return meetings
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((meeting) => {
      const role = meeting.fromRegistrationId === registrationId ? ('requester' as const) : ('recipient' as const);
      const other = people.get(role === 'requester' ? meeting.toRegistrationId : meeting.fromRegistrationId);
      return {
        ...toMeetingView(meeting),
        role,
        message: meeting.message,
        ...(other ? { counterpart: { registrationId: other.registrationId, firstName: other.firstName, lastName: other.lastName, organisation: other.organisation, country: other.country } } : {}),
      };
    });
}
