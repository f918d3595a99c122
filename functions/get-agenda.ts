import { getAgendaRoute } from '../shared/api/routes/meetings/meeting-routes';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { agendaOf } from '../shared/meetings/agenda';
import { agendaFeedUrl } from '../shared/meetings/agenda-links';

export const handler = httpHandler(getAgendaRoute, async ({ caller: { registration: record } }) => {
  const event = await requireEvent(record.eventId);
  const entries = (await agendaOf(event, record)).map(({ counterpartProfile, counterpart: _name, sequence: _sequence, ...entry }) => ({
    ...entry,
    ...(counterpartProfile ? { counterpart: counterpartProfile } : {}),
  }));
  return { status: 200, body: { registrationId: record.registrationId, entries, feedUrl: await agendaFeedUrl(record.registrationId, record.feedVersion ?? 0) } };
});
