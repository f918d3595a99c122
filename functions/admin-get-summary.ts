import { getSummaryRoute } from '../shared/api/routes/admin/summary-routes';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { buildSummary } from '../shared/organisers/build-summary';

export const handler = adminHandler(getSummaryRoute, async ({ params }) => {
  const { generatedAt, previousAt, figures } = await buildSummary(await requireEvent(params.eventId));
  return { status: 200, body: { generatedAt, ...(previousAt ? { previousAt } : {}), figures } };
});
