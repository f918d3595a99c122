import { toEventResponse } from '../shared/api/event-api';
import { getEventRoute } from '../shared/api/routes/get-event';
import { isRegistrationOpen } from '../shared/events/event-definition';
import { findEvent } from '../shared/events/event-repository';
import { httpHandler } from '../shared/http/http-handler';
import { problems } from '../shared/http/problem';

export const handler = httpHandler(getEventRoute, async ({ params }) => {
  const event = await findEvent(params.eventId);
  if (event === undefined) throw problems.notFound(`There is no event ${params.eventId}.`);
  return { status: 200, body: toEventResponse(event, isRegistrationOpen(event, new Date())) };
});
