import { getDashboardRoute } from '../shared/api/routes/admin/summary-routes';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { readDashboard } from '../shared/organisers/read-dashboard';

export const handler = adminHandler(getDashboardRoute, async ({ params }) => {
  // The event must exist (404 otherwise); its counters are then one Query of its own partition.
  await requireEvent(params.eventId);
  return { status: 200, body: { ...(await readDashboard(params.eventId)) } };
});
