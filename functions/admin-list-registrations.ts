import { listAdminRegistrationsRoute } from '../shared/api/routes/admin/list-admin-registrations';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { listResponse } from '../shared/organisers/list-response';
import { registrationList } from '../shared/organisers/registration-list';

export const handler = adminHandler(listAdminRegistrationsRoute, async ({ params, query, declaredHeaders }) => {
  const { limit, cursor, ...filters } = query;
  const event = await requireEvent(params.eventId);
  return listResponse({ limit, cursor, accept: declaredHeaders.accept }, registrationList(event, filters));
});
