import { answerMeetingInvitationRoute } from '../shared/api/routes/meetings/meeting-invitation';
import { httpHandler } from '../shared/http/http-handler';
import { validateBody } from '../shared/http/parse-request';
import { answerContext } from '../shared/meetings/answer-context';
import { answerInvitation, chosenSlotErrors } from '../shared/meetings/answer-invitation';
import { toMeetingView } from '../shared/meetings/meeting-view';

export const handler = httpHandler(answerMeetingInvitationRoute, async ({ body: rawBody, caller }) => {
  const context = await answerContext(caller.answer);
  const body = validateBody(answerMeetingInvitationRoute, rawBody, chosenSlotErrors(context, rawBody.value));
  return { status: 200, body: toMeetingView(await answerInvitation(context, body)) };
});
