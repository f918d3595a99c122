import { unitHandler, type UnitRoutes } from './unit-handler';

/** Attendee registrations: create, read, change, cancel, the manage page of the emails, and that email again. */
export const routes: UnitRoutes = {
  'POST /events/{eventId}/registrations': () => import('../create-registration'),
  'GET /registrations/{registrationId}': () => import('../get-registration'),
  'PATCH /registrations/{registrationId}': () => import('../update-registration'),
  'DELETE /registrations/{registrationId}': () => import('../cancel-registration'),
  'GET /registrations/{registrationId}/manage': () => import('../get-manage-page'),
  'POST /events/{eventId}/manage-link-requests': () => import('../request-manage-link'),
};

export const handler = unitHandler(routes);
