import { listAdminConfirmationsRoute } from '../shared/api/routes/admin/list-admin-confirmations';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { confirmationList } from '../shared/organisers/confirmation-list';
import { listResponse } from '../shared/organisers/list-response';

export const handler = adminHandler(listAdminConfirmationsRoute, async ({ params, query, declaredHeaders, organiser }) => {
  const event = await requireEvent(params.eventId);
  return listResponse({ ...query, accept: declaredHeaders.accept, audit: { event, eventId: event.id, organiser, list: 'confirmations', filter: { status: query.status } } }, confirmationList(event, query.status));
});
