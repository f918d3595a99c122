import { publishScheduleRoute } from '../shared/api/routes/admin/schedule-routes';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { currentRunView } from '../shared/schedule-runs/run-view';
import { requestPublish } from '../shared/schedule-runs/start-publish';

export const handler = adminHandler(publishScheduleRoute, async ({ params }) => {
  const event = await requireEvent(params.eventId);
  return { status: 202, body: await currentRunView(event, await requestPublish(event.id, params.runId, new Date())) };
});
