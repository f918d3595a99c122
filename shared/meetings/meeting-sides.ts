import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { findRegistration } from '../registrations/registration-store';
import type { MeetingSides } from './meeting-emails';
import type { MeetingRecord } from './meeting-record';

/** Both participants' current registrations (for emails and availability). */
export async function loadSides(meeting: MeetingRecord): Promise<MeetingSides> {
  const [requester, recipient] = await Promise.all([findRegistration(meeting.fromRegistrationId), findRegistration(meeting.toRegistrationId)]);
  if (!requester || !recipient) throw new Error(`Meeting ${meeting.meetingRequestId} names a missing registration`);
  return { requester, recipient };
}

/** Only the named side(s) may act on a meeting; anyone else gets 403 and learns nothing more. */
export function requireSide(meeting: MeetingRecord, actorId: string, allowed: 'recipient' | 'either' | 'requester'): void {
  const isRequester = actorId === meeting.fromRegistrationId;
  const isRecipient = actorId === meeting.toRegistrationId;
  const ok = allowed === 'either' ? isRequester || isRecipient : allowed === 'recipient' ? isRecipient : isRequester;
  if (!ok) {
    const who = allowed === 'recipient' ? 'Only the person asked' : allowed === 'requester' ? 'Only the person who asked' : 'Only the two participants';
    throw new DomainError('forbidden', 'not-your-meeting', `${who} can do this.`);
  }
}

export function requireSameEvent(meeting: MeetingRecord, event: EventDefinition): void {
  if (meeting.eventId !== event.id) throw new Error('meeting and event do not match');
}
