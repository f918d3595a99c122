import { getPressStatusRoute } from '../shared/api/routes/get-press-status';
import { httpHandler } from '../shared/http/http-handler';
import { pressStatus } from '../shared/press/press-status';

export const handler = httpHandler(getPressStatusRoute, async ({ caller: { status } }) => ({ status: 200, body: pressStatus(status) }));
