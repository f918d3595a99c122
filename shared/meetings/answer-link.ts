import type { LinkSpec } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';
import type { MeetingRecord } from './meeting-record';

const dayMs = 24 * 3600 * 1000;

/**
 * Until when the answer link of a request should work: until the request expires when the event sets
 * an expiry, otherwise until the day after the event's last day (UTC), which covers every time zone.
 * After that there is nothing left to answer (docs/meetings.md). The mailer never signs it for less
 * than the link's minimum lifetime from sending (confirmations/link-lifetimes.ts); the request's own
 * state still decides whether it can be answered.
 */
export function answerLinkExpiry(event: Pick<EventDefinition, 'endDate'>, meeting: Pick<MeetingRecord, 'expiresOn'>): string {
  return meeting.expiresOn ?? new Date(Date.parse(`${event.endDate}T00:00:00Z`) + 2 * dayMs).toISOString();
}

/** The answer link of a meeting request email, as the outbox stores it (the mailer signs it when sending). */
export const answerLink = (event: Pick<EventDefinition, 'endDate'>, meeting: Pick<MeetingRecord, 'meetingRequestId' | 'toRegistrationId' | 'expiresOn'>): LinkSpec => ({
  type: 'meeting-answer',
  meetingRequestId: meeting.meetingRequestId,
  registrationId: meeting.toRegistrationId,
  expiresAt: answerLinkExpiry(event, meeting),
});
