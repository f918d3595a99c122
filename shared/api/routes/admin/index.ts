import type { RouteDefinition } from '../../../http/route-definition';
import { getBadgesRoute } from './badges-route';
import { checkInRoute, searchCheckInsRoute } from './check-in-route';
import { getAdminEventRoute, patchAdminEventRoute, putAdminEventRoute } from './event-routes';
import { listAdminConfirmationsRoute } from './list-admin-confirmations';
import { listAdminExportsRoute } from './list-admin-exports';
import { listAdminMeetingsRoute } from './list-admin-meetings';
import { decideAdminPressRoute } from './decide-admin-press';
import { listAdminPressRoute } from './list-admin-press';
import { listAdminRegistrationsRoute } from './list-admin-registrations';
import { cancelAdminRegistrationRoute, getAdminRegistrationRoute } from './registration-routes';
import { redriveConfirmationsRoute } from './redrive-confirmations';
import { resendConfirmationRoute } from './resend-confirmation';
import { createOrganiserSessionRoute, deleteOrganiserSessionRoute } from './session-routes';
import { createScheduleRoute, getScheduleRoute, publishScheduleRoute } from './schedule-routes';
import { getDashboardRoute, getSummaryRoute, sendSummaryRoute } from './summary-routes';
import { sendRecommendationDigestsRoute } from './digest-routes';

/** Organiser routes (organiser API key, checked by the organiser authorizer; docs/organisers.md); check-in and the door search also take door-staff keys. */
export const adminRoutes: readonly RouteDefinition[] = [
  createOrganiserSessionRoute,
  deleteOrganiserSessionRoute,
  getAdminEventRoute,
  putAdminEventRoute,
  patchAdminEventRoute,
  listAdminRegistrationsRoute,
  getAdminRegistrationRoute,
  cancelAdminRegistrationRoute,
  listAdminMeetingsRoute,
  listAdminPressRoute,
  decideAdminPressRoute,
  listAdminConfirmationsRoute,
  listAdminExportsRoute,
  resendConfirmationRoute,
  redriveConfirmationsRoute,
  getSummaryRoute,
  getDashboardRoute,
  sendSummaryRoute,
  sendRecommendationDigestsRoute,
  createScheduleRoute,
  getScheduleRoute,
  publishScheduleRoute,
  checkInRoute,
  searchCheckInsRoute,
  getBadgesRoute,
];
