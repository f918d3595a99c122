import { postMeetingAnswerPageRoute } from '../shared/api/routes/meetings/meeting-answer-page';
import { httpHandler } from '../shared/http/http-handler';
import { acceptMeeting, declineMeeting } from '../shared/meetings/answer-meeting';
import { answerContext, answerPageResult, isConflict } from '../shared/pages/meeting-answer-result';

export const handler = httpHandler(postMeetingAnswerPageRoute, async ({ body, caller: { answer } }) => {
  const { reader, event } = await answerContext(answer);
  const common = { event, meetingRequestId: answer.meetingRequestId, actorId: reader.registrationId, now: new Date() };
  try {
    if (body.action === 'decline') await declineMeeting({ ...common, ...(body.reason ? { reason: body.reason } : {}) });
    else await acceptMeeting({ ...common, ...(body.action === 'accept' && body.slotId ? { slotId: body.slotId } : {}) });
  } catch (error) {
    if (!isConflict(error)) throw error;
    return answerPageResult(answer, 409);
  }
  return answerPageResult(answer);
});
