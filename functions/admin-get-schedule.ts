import { getScheduleRoute } from '../shared/api/routes/admin/schedule-routes';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { requireRun } from '../shared/schedule-runs/run-store';
import { currentRunView } from '../shared/schedule-runs/run-view';

export const handler = adminHandler(getScheduleRoute, async ({ params, query }) => {
  const event = await requireEvent(params.eventId);
  return { status: 200, body: await currentRunView(event, await requireRun(event.id, params.runId), query.placements === 'true') };
});
