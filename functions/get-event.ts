import { toEventResponse } from '../shared/api/event-api';
import { getEventRoute } from '../shared/api/routes/get-event';
import { isRegistrationOpen } from '../shared/events/event-definition';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';

export const handler = httpHandler(getEventRoute, async ({ params }) => {
  const event = await requireEvent(params.eventId);
  return { status: 200, body: toEventResponse(event, isRegistrationOpen(event, new Date())) };
});
