import { acceptMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { acceptMeeting } from '../shared/meetings/answer-meeting';
import { confirmedParticipant } from '../shared/meetings/authorize-in-event';
import { toMeetingView } from '../shared/meetings/meeting-view';

export const handler = httpHandler(acceptMeetingRequestRoute, async ({ params, body, caller: { registration } }) => {
  const { caller, event } = await confirmedParticipant(registration);
  const meeting = await acceptMeeting({ event, meetingRequestId: params.meetingRequestId, actorId: caller.registrationId, ...(body.slotId ? { slotId: body.slotId } : {}), now: new Date() });
  return { status: 200, body: toMeetingView(meeting) };
});
