import { getReadinessRoute } from '../shared/api/routes/get-readiness';
import { httpHandler } from '../shared/http/http-handler';
import { unavailableProblem } from '../shared/http/service-unavailable';
import { log, describeError } from '../shared/logging/logger';
import { checkDatabase } from '../shared/storage/readiness';

export const handler = httpHandler(getReadinessRoute, async () => {
  try {
    await checkDatabase();
  } catch (error) {
    // Whatever the cause (unreachable, throttled, table missing), the answer is "not ready".
    log.warn('not ready', describeError(error));
    throw unavailableProblem();
  }
  return { status: 200, body: { status: 'ready' } };
});
