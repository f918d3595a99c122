import { getHealthRoute } from '../shared/api/routes/get-health';
import { httpHandler } from '../shared/http/http-handler';

export const handler = httpHandler(getHealthRoute, async () => ({ status: 200, body: { status: 'ok' } }));
