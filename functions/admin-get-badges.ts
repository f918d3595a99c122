import { getBadgesRoute } from '../shared/api/routes/admin/badges-route';
import { eventBadges } from '../shared/badges/event-badges';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';

export const handler = adminHandler(getBadgesRoute, async ({ params, query }) => {
  const pdf = await eventBadges(await requireEvent(params.eventId), query.language);
  return {
    status: 200,
    contentType: 'application/pdf',
    body: pdf.toString('base64'),
    isBase64Encoded: true,
    headers: { 'Content-Disposition': `attachment; filename="badges-${params.eventId}.pdf"` },
  };
});
