import type { RouteDefinition } from '../../../http/route-definition';
import { getBadgesRoute } from './badges-route';
import { checkInRoute } from './check-in-route';
import { getAdminEventRoute, patchAdminEventRoute, putAdminEventRoute } from './event-routes';
import { listAdminConfirmationsRoute } from './list-admin-confirmations';
import { listAdminMeetingsRoute } from './list-admin-meetings';
import { listAdminPressRoute } from './list-admin-press';
import { listAdminRegistrationsRoute } from './list-admin-registrations';
import { resendConfirmationRoute } from './resend-confirmation';
import { createScheduleRoute, getScheduleRoute, publishScheduleRoute } from './schedule-routes';
import { getSummaryRoute, sendSummaryRoute } from './summary-routes';

/** Organiser routes (organiser API key, checked by the organiser authorizer; docs/organisers.md); check-in also takes door-staff keys. */
export const adminRoutes: readonly RouteDefinition[] = [
  getAdminEventRoute,
  putAdminEventRoute,
  patchAdminEventRoute,
  listAdminRegistrationsRoute,
  listAdminMeetingsRoute,
  listAdminPressRoute,
  listAdminConfirmationsRoute,
  resendConfirmationRoute,
  getSummaryRoute,
  sendSummaryRoute,
  createScheduleRoute,
  getScheduleRoute,
  publishScheduleRoute,
  checkInRoute,
  getBadgesRoute,
];
