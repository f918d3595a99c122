import { listAdminMeetingsRoute } from '../shared/api/routes/admin/list-admin-meetings';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { listResponse } from '../shared/organisers/list-response';
import { meetingList } from '../shared/organisers/meeting-list';

export const handler = adminHandler(listAdminMeetingsRoute, async ({ params, query, declaredHeaders, organiser }) => {
  const event = await requireEvent(params.eventId);
  return listResponse({ ...query, accept: declaredHeaders.accept, audit: { event, eventId: event.id, organiser, list: 'meetings', filter: { status: query.status } } }, meetingList(event, query.status));
});
