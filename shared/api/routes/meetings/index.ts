import type { RouteDefinition } from '../../../http/route-definition';
import { getMeetingAnswerPageRoute, postMeetingAnswerPageRoute } from './meeting-answer-page';
import { answerMeetingInvitationRoute, getMeetingInvitationRoute } from './meeting-invitation';
import {
  acceptMeetingRequestRoute,
  cancelMeetingRequestRoute,
  createMeetingRequestRoute,
  declineMeetingRequestRoute,
  getAgendaFeedRoute,
  getAgendaRoute,
  getMeetingRequestRoute,
  getRecommendationsRoute,
  listParticipantsRoute,
  rescheduleMeetingRequestRoute,
  revokeAgendaFeedRoute,
} from './meeting-routes';

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
  getAgendaRoute,
  getAgendaFeedRoute,
  revokeAgendaFeedRoute,
  getMeetingAnswerPageRoute,
  postMeetingAnswerPageRoute,
  getMeetingInvitationRoute,
  answerMeetingInvitationRoute,
];
