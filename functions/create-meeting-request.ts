import { createMeetingRequestRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { validateBody } from '../shared/http/parse-request';
import { confirmedParticipant } from '../shared/meetings/authorize-in-event';
import { toMeetingView } from '../shared/meetings/meeting-view';
import { proposedSlotErrors, requestMeeting } from '../shared/meetings/request-meeting';

export const handler = httpHandler(createMeetingRequestRoute, async ({ params, body: rawBody, caller: { registration } }) => {
  const { caller, event } = await confirmedParticipant(registration, params.eventId);
  const body = validateBody(createMeetingRequestRoute, rawBody, proposedSlotErrors(event, rawBody.value));
  const meeting = await requestMeeting({ event, requesterId: caller.registrationId, body, now: new Date() });
  return { status: 201, headers: { Location: `/meeting-requests/${meeting.meetingRequestId}` }, body: toMeetingView(meeting) };
});
