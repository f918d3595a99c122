import { searchCheckInsRoute } from '../shared/api/routes/admin/check-in-route';
import { searchAtTheDoor } from '../shared/check-in/door-search';
import { httpHandler } from '../shared/http/http-handler';

export const handler = httpHandler(searchCheckInsRoute, async ({ params, query }) => ({ status: 200, body: await searchAtTheDoor(params.eventId, query.q) }));
