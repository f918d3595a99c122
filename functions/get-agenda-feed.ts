import { getAgendaFeedRoute } from '../shared/api/routes/meetings/agenda-feed-routes';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { agendaFeed } from '../shared/meetings/agenda-feed';

export const handler = httpHandler(getAgendaFeedRoute, async ({ caller: { registration: record } }) => {
  const event = await requireEvent(record.eventId);
  return { status: 200, contentType: 'text/calendar; charset=utf-8', headers: { 'Cache-Control': 'private, max-age=300' }, body: await agendaFeed(event, record, new Date()) };
});
