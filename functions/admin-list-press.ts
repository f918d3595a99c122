import { listAdminPressRoute } from '../shared/api/routes/admin/list-admin-press';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { listResponse } from '../shared/organisers/list-response';
import { pressList } from '../shared/organisers/press-list';

export const handler = adminHandler(listAdminPressRoute, async ({ params, query, declaredHeaders, organiser }) => {
  const event = await requireEvent(params.eventId);
  return listResponse({ ...query, accept: declaredHeaders.accept, audit: { event, eventId: event.id, organiser, list: 'press-accreditations', filter: { status: query.status } } }, pressList(event, query.status));
});
