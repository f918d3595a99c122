import { postMeetingAnswerPageRoute } from '../shared/api/routes/meetings/meeting-answer-page';
import { httpHandler } from '../shared/http/http-handler';
import { answerInvitation } from '../shared/meetings/answer-invitation';
import { answerPageResult, isConflict } from '../shared/pages/meeting-answer-result';

export const handler = httpHandler(postMeetingAnswerPageRoute, async ({ body, caller: { answer } }) => {
  try {
    await answerInvitation(answer, body);
  } catch (error) {
    if (!isConflict(error)) throw error;
    return answerPageResult(answer, 409);
  }
  return answerPageResult(answer);
});
