import { acceptMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { acceptMeeting } from '../shared/meetings/answer-meeting';
import { confirmedCaller } from '../shared/meetings/authorize-in-event';
import { toMeetingView } from '../shared/meetings/meeting-view';

export const handler = httpHandler(acceptMeetingRequestRoute, async ({ params, body, headers }) => {
  const { caller, event } = await confirmedCaller(headers);
  const meeting = await acceptMeeting({ event, meetingRequestId: params.meetingRequestId, actorId: caller.registrationId, ...(body.slotId ? { slotId: body.slotId } : {}), now: new Date() });
  return { status: 200, body: toMeetingView(meeting) };
});
