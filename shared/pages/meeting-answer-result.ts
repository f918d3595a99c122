import { DomainError } from '../domain-error';
import { requireEvent } from '../events/require-event';
import type { HttpResult } from '../http/http-result';
import { loadSides, requireSide } from '../meetings/meeting-sides';
import { requireMeeting } from '../meetings/meeting-store';
import { findRegistration } from '../registrations/registration-store';
import type { AnswerClaims } from '../security/answer-token';
import { meetingAnswerPage } from './meeting-answer-page';
import { pageResult } from './page-result';

/** The recipient an answer token names, with the meeting and its event (the token proves who; this checks they still are). */
export async function answerContext(answer: AnswerClaims) {
  const meeting = await requireMeeting(answer.meetingRequestId);
  const reader = await findRegistration(answer.recipientId);
  if (!reader || reader.erasedAt) throw new DomainError('not-found', 'registration-not-found', 'The registration this link was sent to no longer exists.');
  requireSide(meeting, reader.registrationId, 'recipient');
  return { reader, meeting, event: await requireEvent(meeting.eventId) };
}

/** The answer page as the meeting is now, with `status` (409 when the answer was refused). */
export async function answerPageResult(answer: AnswerClaims, status = 200): Promise<HttpResult> {
  const { reader, event, meeting } = await answerContext(answer);
  const { requester } = await loadSides(meeting);
  return pageResult(meetingAnswerPage({ event, meeting, requester, reader }), status);
}

export const isConflict = (error: unknown) => error instanceof DomainError && error.kind === 'conflict';
