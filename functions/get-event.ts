import { toEventResponse } from '../shared/api/event-api';
import { getEventRoute } from '../shared/api/routes/get-event';
import { isRegistrationOpen } from '../shared/events/registration-open';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { readCounters } from '../shared/registrations/event-counters';

export const handler = httpHandler(getEventRoute, async ({ params }) => {
  const event = await requireEvent(params.eventId);
  // One small item read (the seat counters) for the remaining places; only when some item has a capacity.
  const seats = event.programme.some((item) => item.capacity !== undefined) ? (await readCounters(event.id)).programmeSeats : {};
  return { status: 200, body: toEventResponse(event, isRegistrationOpen(event, new Date()), seats) };
});
