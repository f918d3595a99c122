import { cancelAdminRegistrationRoute } from '../shared/api/routes/admin/registration-routes';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { requireEventRegistration } from '../shared/organisers/event-registration';
import { withdrawRegistration } from '../shared/registrations/withdraw-registration';

/** The attendee's own cancellation, run for them: same transaction, seat handed on, same emails; again = 200 `alreadyCancelled`. */
export const handler = adminHandler(cancelAdminRegistrationRoute, async ({ params }) => {
  const event = await requireEvent(params.eventId);
  await requireEventRegistration(event.id, params.registrationId);
  const outcome = await withdrawRegistration({ event, registrationId: params.registrationId, erase: false, now: new Date() });
  return {
    status: 200,
    body: {
      registrationId: params.registrationId,
      status: 'cancelled',
      alreadyCancelled: outcome.alreadyCancelled,
      ...(outcome.promotedRegistrationId ? { promotedRegistrationId: outcome.promotedRegistrationId } : {}),
    },
  };
});
