import { getMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { requireSide } from '../shared/meetings/meeting-sides';
import { requireMeeting } from '../shared/meetings/meeting-store';
import { toMeetingView } from '../shared/meetings/meeting-view';

export const handler = httpHandler(getMeetingRequestRoute, async ({ params, caller: { registration: caller } }) => {
  const meeting = await requireMeeting(params.meetingRequestId);
  requireSide(meeting, caller.registrationId, 'either');
  return { status: 200, body: toMeetingView(meeting) };
});
