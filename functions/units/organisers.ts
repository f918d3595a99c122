import { unitHandler, type UnitRoutes } from './unit-handler';

/** The organiser API (behind the organiser authorizer), except computing a schedule and the badges PDF (units of their own); check-in at the door included. */
export const routes: UnitRoutes = {
  'POST /admin/events/{eventId}/sessions': () => import('../admin-create-session'),
  'DELETE /admin/events/{eventId}/sessions/{sessionId}': () => import('../admin-delete-session'),
  'GET /admin/events/{eventId}': () => import('../admin-get-event'),
  'PUT /admin/events/{eventId}': () => import('../admin-put-event'),
  'PATCH /admin/events/{eventId}': () => import('../admin-update-event'),
  'GET /admin/events/{eventId}/registrations': () => import('../admin-list-registrations'),
  'GET /admin/events/{eventId}/registrations/{registrationId}': () => import('../admin-get-registration'),
  'POST /admin/events/{eventId}/registrations/{registrationId}/cancellation': () => import('../admin-cancel-registration'),
  'GET /admin/events/{eventId}/meetings': () => import('../admin-list-meetings'),
  'GET /admin/events/{eventId}/press-accreditations': () => import('../admin-list-press'),
  'POST /admin/events/{eventId}/press-accreditations/{accreditationId}/decision': () => import('../admin-decide-press'),
  'GET /admin/events/{eventId}/confirmations': () => import('../admin-list-confirmations'),
  'POST /admin/events/{eventId}/confirmations/{confirmationId}/resend': () => import('../admin-resend-confirmation'),
  'GET /admin/events/{eventId}/exports': () => import('../admin-list-exports'),
  'POST /admin/events/{eventId}/confirmations/redrive': () => import('../admin-redrive-confirmations'),
  'GET /admin/events/{eventId}/summary': () => import('../admin-get-summary'),
  'GET /admin/events/{eventId}/dashboard': () => import('../admin-get-dashboard'),
  'POST /admin/events/{eventId}/summaries': () => import('../admin-send-summary'),
  'POST /admin/events/{eventId}/recommendation-digests': () => import('../admin-send-recommendation-digests'),
  'GET /admin/events/{eventId}/schedule/{runId}': () => import('../admin-get-schedule'),
  'POST /admin/events/{eventId}/schedule/{runId}/publish': () => import('../admin-publish-schedule'),
  'POST /admin/events/{eventId}/check-ins': () => import('../admin-check-in'),
  'GET /admin/events/{eventId}/check-ins': () => import('../admin-search-check-ins'),
};

export const handler = unitHandler(routes);
