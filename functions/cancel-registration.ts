import { cancelRegistrationRoute } from '../shared/api/routes/cancel-registration';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { withdrawRegistration } from '../shared/registrations/withdraw-registration';

export const handler = httpHandler(cancelRegistrationRoute, async ({ query, caller: { registration: record } }) => {
  const event = await requireEvent(record.eventId);
  const outcome = await withdrawRegistration({ event, registrationId: record.registrationId, erase: query.erase, now: new Date() });
  return { status: 200, body: { registrationId: record.registrationId, status: 'cancelled', erased: outcome.erased } };
});
