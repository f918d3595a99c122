import { listAdminRegistrationsRoute } from '../shared/api/routes/admin/list-admin-registrations';
import { requireEvent } from '../shared/events/require-event';
import { validateQuery } from '../shared/http/parse-request';
import { eventQueryErrors } from '../shared/registrations/validate-against-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { listResponse } from '../shared/organisers/list-response';
import { registrationList } from '../shared/organisers/registration-list';

export const handler = adminHandler(listAdminRegistrationsRoute, async ({ params, query, declaredHeaders, organiser }) => {
  const event = await requireEvent(params.eventId);
  const { limit, cursor, ...filters } = validateQuery(listAdminRegistrationsRoute, query, eventQueryErrors(event, query.value, ['sector', 'cluster']));
  return listResponse({ limit, cursor, accept: declaredHeaders.accept, audit: { event, eventId: event.id, organiser, list: 'registrations', filter: filters } }, registrationList(event, filters));
});
