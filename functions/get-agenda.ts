import { getAgendaRoute } from '../shared/api/routes/meetings/meeting-routes';
import { requireEvent } from '../shared/events/require-event';
import { bearerToken } from '../shared/http/bearer-token';
import { httpHandler } from '../shared/http/http-handler';
import { agendaOf } from '../shared/meetings/agenda';
import { agendaFeedUrl } from '../shared/meetings/agenda-links';
import { authorizeRegistration } from '../shared/registrations/authorize-registration';

export const handler = httpHandler(getAgendaRoute, async ({ params, headers }) => {
  const record = await authorizeRegistration(params.registrationId, bearerToken(headers));
  const event = await requireEvent(record.eventId);
  const entries = (await agendaOf(event, record)).map(({ counterpartProfile, counterpart: _name, sequence: _sequence, ...entry }) => ({
    ...entry,
    ...(counterpartProfile ? { counterpart: counterpartProfile } : {}),
  }));
  return { status: 200, body: { registrationId: record.registrationId, entries, feedUrl: await agendaFeedUrl(record.registrationId, record.feedVersion ?? 0) } };
});
