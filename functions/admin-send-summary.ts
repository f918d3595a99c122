import { sendSummaryRoute } from '../shared/api/routes/admin/summary-routes';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { sendSummary } from '../shared/organisers/send-summary';

export const handler = adminHandler(sendSummaryRoute, async ({ params }) => {
  return { status: 202, body: await sendSummary(await requireEvent(params.eventId)) };
});
