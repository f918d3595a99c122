import type { RouteDefinition } from '../../../http/route-definition';
import { getMeetingAnswerPageRoute } from './meeting-answer-page';
import { getFreeMeetingSlotsRoute, listMyMeetingRequestsRoute } from './my-meeting-routes';
import { answerMeetingInvitationRoute, getMeetingInvitationRoute } from './meeting-invitation';
import {
  acceptMeetingRequestRoute,
  cancelMeetingRequestRoute,
  createMeetingRequestRoute,
  declineMeetingRequestRoute,
  getAgendaRoute,
  getMeetingRequestRoute,
  getRecommendationsRoute,
  listParticipantsRoute,
  rescheduleMeetingRequestRoute,
} from './meeting-routes';
import { getAgendaFeedRoute, revokeAgendaFeedRoute } from './agenda-feed-routes';

/** B2B matchmaking routes: directory, meeting requests, agenda. */
export const meetingRoutes: readonly RouteDefinition[] = [
  listParticipantsRoute,
  getRecommendationsRoute,
  createMeetingRequestRoute,
  getMeetingRequestRoute,
  acceptMeetingRequestRoute,
  declineMeetingRequestRoute,
  cancelMeetingRequestRoute,
  rescheduleMeetingRequestRoute,
  getFreeMeetingSlotsRoute,
  listMyMeetingRequestsRoute,
  getAgendaRoute,
  getAgendaFeedRoute,
  revokeAgendaFeedRoute,
  getMeetingAnswerPageRoute,
  getMeetingInvitationRoute,
  answerMeetingInvitationRoute,
];
