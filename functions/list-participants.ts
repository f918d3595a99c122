import { listParticipantsRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { validateQuery } from '../shared/http/parse-request';
import { confirmedParticipant } from '../shared/meetings/authorize-in-event';
import { directoryPage, directoryQueryErrors } from '../shared/meetings/directory';

export const handler = httpHandler(listParticipantsRoute, async ({ params, query: rawQuery, caller: { registration } }) => {
  const { event } = await confirmedParticipant(registration, params.eventId);
  const { limit, cursor, ...filters } = validateQuery(listParticipantsRoute, rawQuery, directoryQueryErrors(event, rawQuery.value));
  return { status: 200, body: await directoryPage(event, filters, limit, cursor) };
});
