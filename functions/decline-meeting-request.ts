import { declineMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { declineMeeting } from '../shared/meetings/answer-meeting';
import { confirmedParticipant } from '../shared/meetings/authorize-in-event';
import { toMeetingView } from '../shared/meetings/meeting-view';

export const handler = httpHandler(declineMeetingRequestRoute, async ({ params, body, caller: { registration } }) => {
  const { caller, event } = await confirmedParticipant(registration);
  const meeting = await declineMeeting({ event, meetingRequestId: params.meetingRequestId, actorId: caller.registrationId, ...(body.reason ? { reason: body.reason } : {}), now: new Date() });
  return { status: 200, body: toMeetingView(meeting) };
});
