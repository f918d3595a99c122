import { searchCheckInsRoute } from '../shared/api/routes/admin/check-in-route';
import { searchAtTheDoor } from '../shared/check-in/door-search';
import { takeDoorSearch } from '../shared/check-in/door-search-allowance';
import { httpHandler } from '../shared/http/http-handler';

export const handler = httpHandler(searchCheckInsRoute, async ({ params, query, caller }) => {
  await takeDoorSearch(caller.staff.keyId, new Date());
  return { status: 200, body: await searchAtTheDoor(params.eventId, query.q) };
});
