import { cancelMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { requireEvent } from '../shared/events/require-event';
import { cancelMeeting } from '../shared/meetings/cancel-meeting';
import { toMeetingView } from '../shared/meetings/meeting-view';

/** Either side may cancel, whatever their own registration's state. */
export const handler = httpHandler(cancelMeetingRequestRoute, async ({ params, caller: { registration: caller } }) => {
  const event = await requireEvent(caller.eventId);
  const meeting = await cancelMeeting({ event, meetingRequestId: params.meetingRequestId, actorId: caller.registrationId, now: new Date() });
  return { status: 200, body: toMeetingView(meeting) };
});
