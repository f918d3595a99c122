import { getMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { bearerToken } from '../shared/http/bearer-token';
import { httpHandler } from '../shared/http/http-handler';
import { requireSide } from '../shared/meetings/meeting-sides';
import { requireMeeting } from '../shared/meetings/meeting-store';
import { toMeetingView } from '../shared/meetings/meeting-view';
import { authenticateParticipant } from '../shared/registrations/authorize-registration';

export const handler = httpHandler(getMeetingRequestRoute, async ({ params, headers }) => {
  const caller = await authenticateParticipant(bearerToken(headers));
  const meeting = await requireMeeting(params.meetingRequestId);
  requireSide(meeting, caller.registrationId, 'either');
  return { status: 200, body: toMeetingView(meeting) };
});
