import type { FieldError } from '../http/problem';
import type { AnswerClaims } from '../security/answer-token';
import { answerContext } from './answer-context';
import { acceptMeeting, declineMeeting, notProposed } from './answer-meeting';
import type { MeetingRecord } from './meeting-record';
import { loadSides } from './meeting-sides';
import { profileOf } from './participants';

export type InvitationAnswer = { action: 'accept'; slotId?: string } | { action: 'accept-later' } | { action: 'decline'; reason?: string };

type AnswerContext = Awaited<ReturnType<typeof answerContext>>;

/**
 * A chosen slot the request did not propose, read from the body as sent, so that it is named with the
 * body's other bad fields (an unknown action, a reason with accept) in one 400.
 */
export function chosenSlotErrors({ meeting }: AnswerContext, body: unknown): FieldError[] {
  const slotId = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).slotId : undefined;
  return typeof slotId === 'string' && !meeting.proposedSlotIds.includes(slotId) ? [notProposed] : [];
}

/** The answer of an answer link's holder (page buttons or JSON): accept in a slot, accept to be scheduled, or decline. */
export async function answerInvitation({ reader, event, meeting }: AnswerContext, body: InvitationAnswer): Promise<MeetingRecord> {
  const common = { event, meetingRequestId: meeting.meetingRequestId, actorId: reader.registrationId, now: new Date() };
  if (body.action === 'decline') return declineMeeting({ ...common, ...(body.reason ? { reason: body.reason } : {}) });
  return acceptMeeting({ ...common, ...(body.action === 'accept' && body.slotId ? { slotId: body.slotId } : {}) });
}

/** What the recipient needs to decide: who asks (never their email or phone), the message, the proposed slots. */
export async function invitationView(answer: AnswerClaims) {
  const { meeting, event } = await answerContext(answer);
  const { requester } = await loadSides(meeting);
  const slots = event.meetings.slots.filter((slot) => meeting.proposedSlotIds.includes(slot.id));
  return {
    meetingRequestId: meeting.meetingRequestId,
    eventId: meeting.eventId,
    status: meeting.status,
    // Once confirmed: when and where, so a page opened again (or in another language) says it.
    ...(meeting.status === 'confirmed' && meeting.slotId ? { slotId: meeting.slotId, table: meeting.table } : {}),
    ...withdrawn(meeting),
    requester: profileOf(event, requester),
    message: meeting.message,
    proposedSlots: slots.map((slot) => ({ slotId: slot.id, start: slot.start, end: slot.end })),
    participantsPickSlots: event.meetings.participantsPickSlots,
    // The link's own expiry, as signed when the email was sent; whether the request can still be answered is its `status`.
    linkExpiresAt: answer.expiresAt,
  };
}

/**
 * A cancelled request: withdrawn (its requester took it back before anyone answered) or a meeting
 * cancelled after it was accepted, so the answer page says which. Nothing when neither is known: a
 * request cancelled before `cancelledFrom` was recorded, or one its recipient cancelled (by leaving
 * the event) while it was pending.
 */
function withdrawn(meeting: MeetingRecord): { withdrawn?: boolean } {
  if (meeting.status !== 'cancelled' || !meeting.cancelledFrom) return {};
  if (meeting.cancelledFrom !== 'pending') return { withdrawn: false };
  return meeting.cancelledBy === meeting.fromRegistrationId ? { withdrawn: true } : {};
}
