import { authenticateParticipant } from '../registrations/authorize-registration';
import { DomainError } from '../domain-error';
import { requireEvent } from '../events/require-event';
import type { HttpResult } from '../http/http-result';
import { loadSides, requireSide } from '../meetings/meeting-sides';
import { requireMeeting } from '../meetings/meeting-store';
import { meetingAnswerPage } from './meeting-answer-page';
import { pageResult } from './page-result';

/** The recipient behind an answer link, with the meeting and its event. */
export async function answerContext(meetingRequestId: string, token: string) {
  const reader = await authenticateParticipant(token);
  const meeting = await requireMeeting(meetingRequestId);
  requireSide(meeting, reader.registrationId, 'recipient');
  return { reader, meeting, event: await requireEvent(meeting.eventId) };
}

/** The answer page as the meeting is now, with `status` (409 when the answer was refused). */
export async function answerPageResult(meetingRequestId: string, token: string, status = 200): Promise<HttpResult> {
  const { reader, event } = await answerContext(meetingRequestId, token);
  const meeting = await requireMeeting(meetingRequestId);
  const { requester } = await loadSides(meeting);
  return pageResult(meetingAnswerPage({ event, meeting, requester, reader }), status);
}

export const isConflict = (error: unknown) => error instanceof DomainError && error.kind === 'conflict';
