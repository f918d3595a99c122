import { getAdminRegistrationRoute } from '../shared/api/routes/admin/registration-routes';
import { adminHandler } from '../shared/organisers/admin-handler';
import { registrationDetail } from '../shared/organisers/registration-detail';

export const handler = adminHandler(getAdminRegistrationRoute, async ({ params }) => ({
  status: 200,
  body: await registrationDetail(params.eventId, params.registrationId),
}));
