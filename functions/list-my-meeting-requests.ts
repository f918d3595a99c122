import { listMyMeetingRequestsRoute } from '../shared/api/routes/meetings/my-meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { meetingRequestsOf } from '../shared/meetings/my-meeting-requests';

export const handler = httpHandler(listMyMeetingRequestsRoute, async ({ caller: { registration } }) => ({
  status: 200,
  body: { meetingRequests: await meetingRequestsOf(registration.registrationId) },
}));
