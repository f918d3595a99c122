import { createScheduleRoute } from '../shared/api/routes/admin/schedule-routes';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { computeScheduleRun, scheduleOptions } from '../shared/schedule-runs/compute-run';

export const handler = adminHandler(createScheduleRoute, async ({ params, body }) => {
  return { status: 201, body: await computeScheduleRun(await requireEvent(params.eventId), scheduleOptions(body), new Date()) };
});
