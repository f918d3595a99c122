import { checkInRoute } from '../shared/api/routes/admin/check-in-route';
import { checkIn } from '../shared/check-in/check-in';
import { httpHandler } from '../shared/http/http-handler';

export const handler = httpHandler(checkInRoute, async ({ params, body, caller }) => {
  const result = await checkIn({ eventId: params.eventId, request: body, keyId: caller.staff.keyId, now: new Date() });
  return { status: result.outcome === 'checked-in' ? 201 : 200, body: result };
});
