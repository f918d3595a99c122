import { unitHandler, type UnitRoutes } from './unit-handler';

/** B2B matchmaking: directory, meeting requests and their answer page, agenda and its feed. */
export const routes: UnitRoutes = {
  'GET /events/{eventId}/participants': () => import('../list-participants'),
  'GET /registrations/{registrationId}/recommendations': () => import('../get-recommendations'),
  'POST /events/{eventId}/meeting-requests': () => import('../create-meeting-request'),
  'GET /meeting-requests/{meetingRequestId}': () => import('../get-meeting-request'),
  'POST /meeting-requests/{meetingRequestId}/accept': () => import('../accept-meeting-request'),
  'POST /meeting-requests/{meetingRequestId}/decline': () => import('../decline-meeting-request'),
  'POST /meeting-requests/{meetingRequestId}/cancel': () => import('../cancel-meeting-request'),
  'POST /meeting-requests/{meetingRequestId}/reschedule': () => import('../reschedule-meeting-request'),
  'GET /registrations/{registrationId}/meeting-slots': () => import('../get-free-meeting-slots'),
  'GET /registrations/{registrationId}/meeting-requests': () => import('../list-my-meeting-requests'),
  'GET /registrations/{registrationId}/agenda': () => import('../get-agenda'),
  'GET /registrations/{registrationId}/agenda.ics': () => import('../get-agenda-feed'),
  'POST /registrations/{registrationId}/agenda/feed/revoke': () => import('../revoke-agenda-feed'),
  'GET /meeting-requests/{meetingRequestId}/answer': () => import('../get-meeting-answer-page'),
  'GET /meeting-requests/{meetingRequestId}/invitation': () => import('../get-meeting-invitation'),
  'POST /meeting-requests/{meetingRequestId}/invitation': () => import('../answer-meeting-invitation'),
};

export const handler = unitHandler(routes);
