import { getMeetingInvitationRoute } from '../shared/api/routes/meetings/meeting-invitation';
import { httpHandler } from '../shared/http/http-handler';
import { invitationView } from '../shared/meetings/answer-invitation';

export const handler = httpHandler(getMeetingInvitationRoute, async ({ caller }) => ({ status: 200, body: await invitationView(caller.answer) }));
