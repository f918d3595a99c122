import { listAdminPressRoute } from '../shared/api/routes/admin/list-admin-press';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { listResponse } from '../shared/organisers/list-response';
import { pressList } from '../shared/organisers/press-list';

export const handler = adminHandler(listAdminPressRoute, async ({ params, query, declaredHeaders }) => {
  const event = await requireEvent(params.eventId);
  return listResponse({ ...query, accept: declaredHeaders.accept }, pressList(event, query.status));
});
