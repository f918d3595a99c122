import { unitHandler, type UnitRoutes } from './unit-handler';

/** Attendee registrations: create, read, change, cancel, and the manage page of the emails. */
export const routes: UnitRoutes = {
  'POST /events/{eventId}/registrations': () => import('../create-registration'),
  'GET /registrations/{registrationId}': () => import('../get-registration'),
  'PATCH /registrations/{registrationId}': () => import('../update-registration'),
  'DELETE /registrations/{registrationId}': () => import('../cancel-registration'),
  'GET /registrations/{registrationId}/manage': () => import('../get-manage-page'),
};

export const handler = unitHandler(routes);
