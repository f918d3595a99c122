import { answerMeetingInvitationRoute } from '../shared/api/routes/meetings/meeting-invitation';
import { httpHandler } from '../shared/http/http-handler';
import { answerInvitation } from '../shared/meetings/answer-invitation';
import { toMeetingView } from '../shared/meetings/meeting-view';

export const handler = httpHandler(answerMeetingInvitationRoute, async ({ body, caller }) => ({ status: 200, body: toMeetingView(await answerInvitation(caller.answer, body)) }));
