import { rescheduleMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { confirmedParticipant } from '../shared/meetings/authorize-in-event';
import { toMeetingView } from '../shared/meetings/meeting-view';
import { rescheduleMeeting } from '../shared/meetings/reschedule-meeting';

export const handler = httpHandler(rescheduleMeetingRequestRoute, async ({ params, body, caller: { registration } }) => {
  const { caller, event } = await confirmedParticipant(registration);
  const meeting = await rescheduleMeeting({ event, meetingRequestId: params.meetingRequestId, actorId: caller.registrationId, slotId: body.slotId, now: new Date() });
  return { status: 200, body: toMeetingView(meeting) };
});
