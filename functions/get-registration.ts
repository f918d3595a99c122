import { getRegistrationRoute } from '../shared/api/routes/get-registration';
import { bearerToken } from '../shared/http/bearer-token';
import { httpHandler } from '../shared/http/http-handler';
import { authorizeRegistration } from '../shared/registrations/authorize-registration';
import { toRegistrationView } from '../shared/registrations/registration-record';
import { waitlistPosition } from '../shared/registrations/registration-store';

export const handler = httpHandler(getRegistrationRoute, async ({ params, headers }) => {
  const record = await authorizeRegistration(params.registrationId, bearerToken(headers));
  return { status: 200, body: toRegistrationView(record, await waitlistPosition(record)) };
});
