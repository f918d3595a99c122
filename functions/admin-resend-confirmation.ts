import { resendConfirmationRoute } from '../shared/api/routes/admin/resend-confirmation';
import { adminHandler } from '../shared/organisers/admin-handler';
import { resendConfirmation } from '../shared/organisers/resend-confirmation';

export const handler = adminHandler(resendConfirmationRoute, async ({ params }) => {
  const copy = await resendConfirmation(params.eventId, params.confirmationId);
  return { status: 202, body: { confirmationId: copy.confirmationId, status: 'pending' } };
});
