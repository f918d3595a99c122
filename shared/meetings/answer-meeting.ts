import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { meetingMoved } from '../organisers/dashboard-deltas';
import { writeNamedTransactionRetryingConflicts } from '../storage/transactions';
import { meetingTransition, participationItems, releasePending } from './meeting-items';
import { answerEmail } from './meeting-emails';
import type { MeetingRecord } from './meeting-record';
import { loadSides, requireSide } from './meeting-sides';
import { requireMeeting } from './meeting-store';
import { placeMeeting } from './place-meeting';
import type { FieldError } from '../http/problem';

/** An accepted slot the request did not propose. */
export const notProposed: FieldError = { path: 'slotId', message: 'must be one of the proposed slots' };

/**
 * The request to answer, if it still waits for one. The request decides, not the link that reached it:
 * answer links outlive their request's expiry (link-lifetimes.ts), and the job that marks requests
 * expired may not have run yet, so a request past `expiresOn` is refused here as if it had.
 */
async function pendingMeetingFor(meetingRequestId: string, actorId: string, now: Date): Promise<MeetingRecord> {
  const meeting = await requireMeeting(meetingRequestId);
  requireSide(meeting, actorId, 'recipient');
  if (meeting.status !== 'pending') throw new DomainError('conflict', 'meeting-not-pending', `This request is ${meeting.status}, not waiting for an answer.`);
  if (meeting.expiresOn !== undefined && Date.parse(meeting.expiresOn) <= now.getTime()) {
    throw new DomainError('conflict', 'meeting-not-pending', 'This request is expired, not waiting for an answer.');
  }
  return meeting;
}

/** Writes an answer that needs no slot (accepted to be scheduled, or declined) and the requester's email. */
async function answerWithoutSlot(event: EventDefinition, meeting: MeetingRecord, status: 'accepted' | 'declined', now: string, reason?: string): Promise<MeetingRecord> {
  const sides = await loadSides(meeting);
  const answered: MeetingRecord = { ...meeting, status, ...(reason ? { declineReason: reason } : {}), updatedAt: now };
  const email = newConfirmation(answerEmail(event, answered, sides, reason), meeting.meetingRequestId, now);
  const outcome = await writeNamedTransactionRetryingConflicts({
    meeting: meetingTransition(meeting, { status, ...(reason ? { declineReason: reason } : {}) }, ['pending'], now),
    pending: releasePending(meeting),
    participations: participationItems(answered),
    email: putConfirmation(email),
    dashboard: meetingMoved(meeting.eventId, 'pending', status),
  });
  if (outcome.refused('meeting')) throw new DomainError('conflict', 'meeting-changed', 'This meeting request was answered or changed meanwhile.');
  if (!outcome.committed) throw new DomainError('busy', 'busy', 'Please retry in a second.');
  return answered;
}

/**
 * The recipient accepts. With a slot: confirmed in one transaction (locks, table, emails) or 409
 * with the reason and nothing written. Without: accepted, for the organisers' scheduler.
 */
export async function acceptMeeting(args: { event: EventDefinition; meetingRequestId: string; actorId: string; slotId?: string; now: Date }): Promise<MeetingRecord> {
  const { event, slotId } = args;
  const meeting = await pendingMeetingFor(args.meetingRequestId, args.actorId, args.now);
  const now = args.now.toISOString();
  if (slotId === undefined) return answerWithoutSlot(event, meeting, 'accepted', now);
  if (!event.meetings.participantsPickSlots) {
    throw new DomainError('conflict', 'organisers-schedule', 'The organisers place the meetings of this event: accept without a slot.');
  }
  if (!meeting.proposedSlotIds.includes(slotId)) {
    throw new DomainError('invalid', 'validation', 'Choose one of the proposed slots.', [notProposed]);
  }
  return placeMeeting({
    event,
    meeting,
    sides: await loadSides(meeting),
    slotId,
    transition: (placed) => meetingTransition(meeting, { status: 'confirmed', slotId, table: placed.table!, sequence: placed.sequence }, ['pending'], now),
    extraItems: releasePending(meeting),
    now,
  });
}

/** The recipient declines, with an optional reason for the requester. */
export async function declineMeeting(args: { event: EventDefinition; meetingRequestId: string; actorId: string; reason?: string; now: Date }): Promise<MeetingRecord> {
  const meeting = await pendingMeetingFor(args.meetingRequestId, args.actorId, args.now);
  return answerWithoutSlot(args.event, meeting, 'declined', args.now.toISOString(), args.reason);
}
