import { cancelRegistrationRoute } from '../shared/api/routes/cancel-registration';
import { requireEvent } from '../shared/events/require-event';
import { bearerToken } from '../shared/http/bearer-token';
import { httpHandler } from '../shared/http/http-handler';
import { authorizeRegistration } from '../shared/registrations/authorize-registration';
import { withdrawRegistration } from '../shared/registrations/withdraw-registration';

export const handler = httpHandler(cancelRegistrationRoute, async ({ params, headers, query }) => {
  const record = await authorizeRegistration(params.registrationId, bearerToken(headers));
  const event = await requireEvent(record.eventId);
  const outcome = await withdrawRegistration({ event, registrationId: record.registrationId, erase: query.erase, now: new Date() });
  return { status: 200, body: { registrationId: record.registrationId, status: 'cancelled', erased: outcome.erased } };
});
