import { postMeetingAnswerPageRoute } from '../shared/api/routes/meetings/meeting-answer-page';
import { httpHandler } from '../shared/http/http-handler';
import { acceptMeeting, declineMeeting } from '../shared/meetings/answer-meeting';
import { answerContext, answerPageResult, isConflict } from '../shared/pages/meeting-answer-result';

export const handler = httpHandler(postMeetingAnswerPageRoute, async ({ params, query, body }) => {
  const { reader, event } = await answerContext(params.meetingRequestId, query.token);
  const common = { event, meetingRequestId: params.meetingRequestId, actorId: reader.registrationId, now: new Date() };
  try {
    if (body.action === 'decline') await declineMeeting({ ...common, ...(body.reason ? { reason: body.reason } : {}) });
    else await acceptMeeting({ ...common, ...(body.action === 'accept' && body.slotId ? { slotId: body.slotId } : {}) });
  } catch (error) {
    if (!isConflict(error)) throw error;
    return answerPageResult(params.meetingRequestId, query.token, 409);
  }
  return answerPageResult(params.meetingRequestId, query.token);
});
