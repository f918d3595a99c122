import { getAdminEventRoute } from '../shared/api/routes/admin/event-routes';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';

export const handler = adminHandler(getAdminEventRoute, async ({ params }) => ({ status: 200, body: await requireEvent(params.eventId) }));
