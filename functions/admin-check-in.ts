import { checkInRoute } from '../shared/api/routes/admin/check-in-route';
import { checkIn } from '../shared/check-in/check-in';
import { malformedTicketErrors } from '../shared/check-in/find-ticket';
import { httpHandler } from '../shared/http/http-handler';
import { validateBody } from '../shared/http/parse-request';

export const handler = httpHandler(checkInRoute, async ({ params, body: rawBody, caller }) => {
  const request = validateBody(checkInRoute, rawBody, [], malformedTicketErrors(rawBody.value));
  const result = await checkIn({ eventId: params.eventId, request, keyId: caller.staff.keyId, now: new Date() });
  return { status: result.outcome === 'checked-in' ? 201 : 200, body: result };
});
