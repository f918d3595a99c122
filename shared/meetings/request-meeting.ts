import { ulid } from 'ulid';
import type { MeetingRequestBody } from '../api/meeting-api';
import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import type { FieldError } from '../http/problem';
import type { RegistrationRecord } from '../registrations/registration-record';
import { eventExpiringPartition, participantCountersKey, pendingPairKey } from '../storage/keys';
import { meetingsIn } from '../registrations/booked-slots';
import { writeNamedTransactionRetryingConflicts } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { busySlotIds, findSlot, isBookable } from './bookable-slots';
import { participationItems } from './meeting-items';
import { meetingMoved } from '../organisers/dashboard-deltas';
import { requestedEmail } from './meeting-emails';
import { eventMeetingsPartition, meetingKey, meetingStatusSortKey, type MeetingRecord } from './meeting-record';
import { requireParticipant } from './participants';
import { requestExpiry } from './request-expiry';

/**
 * The proposed slots the event does not have or does not let book. Reads a body that may not be valid
 * otherwise (values of the wrong type are the schema's to report), so that these errors come in the same answer.
 */
export function proposedSlotErrors(event: EventDefinition, body: unknown): FieldError[] {
  const slotIds = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).proposedSlotIds : undefined;
  if (!Array.isArray(slotIds)) return [];
  return slotIds.flatMap((slotId, index) => {
    if (typeof slotId !== 'string') return [];
    const slot = findSlot(event, slotId);
    if (!slot) return [{ path: `proposedSlotIds.${index}`, message: `is not a meeting slot of ${event.id}` }];
    return isBookable(event, slot) ? [] : [{ path: `proposedSlotIds.${index}`, message: 'overlaps a programme session and is not bookable' }];
  });
}

function validateSlots(event: EventDefinition, slotIds: string[]): void {
  const errors = proposedSlotErrors(event, { proposedSlotIds: slotIds });
  if (errors.length > 0) throw new DomainError('invalid', 'validation', 'Some proposed slots cannot be used; see errors.', errors);
}

/**
 * Refuses proposing a time the requester cannot meet at: a slot they marked unavailable, covered by a
 * programme item they chose, or holding one of their confirmed meetings (its slot lock). The recipient
 * would be offered it by email and refused on accepting it. 409 naming each `proposedSlotIds.<i>`.
 * Only the requester's own agenda is read: the recipient's is not revealed by a refusal.
 */
async function refuseRequesterBusySlots(event: EventDefinition, requester: RegistrationRecord, slotIds: readonly string[]): Promise<void> {
  const busy = busySlotIds(event, requester);
  const booked = await meetingsIn(event.id, requester.registrationId, slotIds);
  const errors = slotIds.flatMap((slotId, index): FieldError[] => {
    const meetingRequestId = booked.get(slotId);
    if (meetingRequestId !== undefined) return [{ path: `proposedSlotIds.${index}`, message: `holds your confirmed meeting ${meetingRequestId}` }];
    if (busy.has(slotId)) return [{ path: `proposedSlotIds.${index}`, message: 'you are not available then (marked unavailable, or a programme item you chose)' }];
    return [];
  });
  if (errors.length > 0) throw new DomainError('conflict', 'requester-unavailable', 'You are not available at some of the proposed times; see errors.', errors);
}

function newMeeting(event: EventDefinition, requester: RegistrationRecord, body: MeetingRequestBody, now: string): MeetingRecord {
  const meetingRequestId = ulid();
  const expiresOn = requestExpiry(event);
  return {
    ...meetingKey(meetingRequestId),
    entityType: 'meeting-request',
    meetingRequestId,
    eventId: event.id,
    fromRegistrationId: requester.registrationId,
    toRegistrationId: body.toRegistrationId,
    message: body.message,
    proposedSlotIds: body.proposedSlotIds,
    ...(body.source ? { source: body.source } : {}),
    status: 'pending',
    sequence: 0,
    createdAt: now,
    updatedAt: now,
    gsi1pk: eventMeetingsPartition(event.id),
    gsi1sk: meetingStatusSortKey('pending', now, meetingRequestId),
    ...(expiresOn ? { expiresOn, gsi2pk: eventExpiringPartition(event.id), gsi2sk: `${expiresOn}#${meetingRequestId}` } : {}),
  };
}

/**
 * Asks a participant for a meeting. One transaction writes the request, both sides' copies, the
 * one-pending-per-pair guard, the requester's pending quota and the email to the recipient.
 */
export async function requestMeeting(args: { event: EventDefinition; requesterId: string; body: MeetingRequestBody; now: Date }): Promise<MeetingRecord> {
  const { event, body } = args;
  if (body.toRegistrationId === args.requesterId) throw new DomainError('conflict', 'meeting-with-yourself', 'You cannot request a meeting with yourself.');
  validateSlots(event, body.proposedSlotIds);
  const requester = await requireParticipant(event, args.requesterId, 'requester');
  const recipient = await requireParticipant(event, body.toRegistrationId, 'recipient');
  if (!recipient.directoryOptIn) throw new DomainError('conflict', 'participant-not-listed', 'This participant is not in the directory and takes no meeting requests.');
  await refuseRequesterBusySlots(event, requester, body.proposedSlotIds);
  const closesAt = requestExpiry(event);
  if (closesAt !== undefined && Date.parse(closesAt) <= args.now.getTime()) {
    throw new DomainError('conflict', 'requests-closed', 'Meeting requests for this event are closed.');
  }

  const timestamp = args.now.toISOString();
  const meeting = newMeeting(event, requester, body, timestamp);
  const email = newConfirmation(requestedEmail(event, meeting, { requester, recipient }), meeting.meetingRequestId, timestamp);
  const table = runtimeConfig().MEETING_REQUESTS_TABLE;
  const quota = new UpdateBuilder().increment('pendingOutgoing', 1).whenCount('pendingOutgoing', '<', event.meetings.maxPendingOutgoingRequests);
  const outcome = await writeNamedTransactionRetryingConflicts({
    pendingPair: { Put: { TableName: table, Item: { ...pendingPairKey(event.id, requester.registrationId, recipient.registrationId), entityType: 'pending-pair', meetingRequestId: meeting.meetingRequestId }, ConditionExpression: 'attribute_not_exists(pk)' } },
    requesterQuota: { Update: { TableName: table, Key: participantCountersKey(requester.registrationId), ...quota.build() } },
    meeting: { Put: { TableName: table, Item: meeting, ConditionExpression: 'attribute_not_exists(pk)' } },
    participations: participationItems(meeting),
    email: putConfirmation(email),
    dashboard: meetingMoved(event.id, undefined, 'pending'),
  });
  if (outcome.committed) return meeting;
  if (outcome.refused('pendingPair')) throw new DomainError('conflict', 'pending-request-exists', 'A request between you two is already waiting for an answer.');
  if (outcome.refused('requesterQuota')) {
    throw new DomainError('conflict', 'too-many-pending-requests', `You already have ${event.meetings.maxPendingOutgoingRequests} requests waiting for an answer.`);
  }
  throw new DomainError('busy', 'busy', 'Please retry in a second.');
}
