import { redriveConfirmationsRoute } from '../shared/api/routes/admin/redrive-confirmations';
import { redriveDeadLetters } from '../shared/confirmations/redrive';
import { adminHandler } from '../shared/organisers/admin-handler';

/** At most 1,000 at a time, as `npm run redrive`; the console says how many went back. */
export const handler = adminHandler(redriveConfirmationsRoute, async ({ params }) => {
  const { requeued } = await redriveDeadLetters({ eventId: params.eventId, limit: 1_000 });
  return { status: 200, body: { requeued } };
});
