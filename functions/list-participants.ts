import { listParticipantsRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { confirmedParticipant } from '../shared/meetings/authorize-in-event';
import { directoryPage } from '../shared/meetings/directory';

export const handler = httpHandler(listParticipantsRoute, async ({ params, query, caller: { registration } }) => {
  const { event } = await confirmedParticipant(registration, params.eventId);
  const { limit, cursor, ...filters } = query;
  return { status: 200, body: await directoryPage(event, filters, limit, cursor) };
});
