import { DomainError } from '../domain-error';
import { requireEvent } from '../events/require-event';
import { findRegistration } from '../registrations/registration-store';
import type { AnswerClaims } from '../security/answer-token';
import { requireSide } from './meeting-sides';
import { requireMeeting } from './meeting-store';

/** The recipient an answer token names, with the meeting and its event (the token proves who; this checks they still are). */
export async function answerContext(answer: AnswerClaims) {
  const meeting = await requireMeeting(answer.meetingRequestId);
  const reader = await findRegistration(answer.recipientId);
  if (!reader || reader.erasedAt) throw new DomainError('not-found', 'registration-not-found', 'The registration this link was sent to no longer exists.');
  requireSide(meeting, reader.registrationId, 'recipient');
  return { reader, meeting, event: await requireEvent(meeting.eventId) };
}
