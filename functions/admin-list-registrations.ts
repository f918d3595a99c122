import { listAdminRegistrationsRoute } from '../shared/api/routes/admin/list-admin-registrations';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { listResponse } from '../shared/organisers/list-response';
import { registrationList } from '../shared/organisers/registration-list';

export const handler = adminHandler(listAdminRegistrationsRoute, async ({ params, query, declaredHeaders, organiser }) => {
  const { limit, cursor, ...filters } = query;
  const event = await requireEvent(params.eventId);
  return listResponse({ limit, cursor, accept: declaredHeaders.accept, audit: { event, eventId: event.id, organiser, list: 'registrations', filter: filters } }, registrationList(event, filters));
});
