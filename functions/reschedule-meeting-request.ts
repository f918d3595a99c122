import { rescheduleMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { confirmedCaller } from '../shared/meetings/authorize-in-event';
import { toMeetingView } from '../shared/meetings/meeting-view';
import { rescheduleMeeting } from '../shared/meetings/reschedule-meeting';

export const handler = httpHandler(rescheduleMeetingRequestRoute, async ({ params, body, headers }) => {
  const { caller, event } = await confirmedCaller(headers);
  const meeting = await rescheduleMeeting({ event, meetingRequestId: params.meetingRequestId, actorId: caller.registrationId, slotId: body.slotId, now: new Date() });
  return { status: 200, body: toMeetingView(meeting) };
});
