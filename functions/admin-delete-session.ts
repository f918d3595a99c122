import { deleteOrganiserSessionRoute } from '../shared/api/routes/admin/session-routes';
import { adminHandler } from '../shared/organisers/admin-handler';
import { revokeOrganiserSession } from '../shared/organisers/organiser-session-store';

export const handler = adminHandler(deleteOrganiserSessionRoute, async ({ params }) => {
  await revokeOrganiserSession(params.eventId, params.sessionId);
  return { status: 204 };
});
