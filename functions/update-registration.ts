import { updateRegistrationRoute } from '../shared/api/routes/update-registration';
import { requireEvent } from '../shared/events/require-event';
import { bearerToken } from '../shared/http/bearer-token';
import { httpHandler } from '../shared/http/http-handler';
import { authorizeRegistration } from '../shared/registrations/authorize-registration';
import { toRegistrationView } from '../shared/registrations/registration-record';
import { waitlistPosition } from '../shared/registrations/registration-store';
import { updateRegistration } from '../shared/registrations/update-registration';

export const handler = httpHandler(updateRegistrationRoute, async ({ params, headers, body }) => {
  const record = await authorizeRegistration(params.registrationId, bearerToken(headers));
  const event = await requireEvent(record.eventId);
  const updated = await updateRegistration({ event, registrationId: record.registrationId, changes: body, now: new Date() });
  return { status: 200, body: toRegistrationView(updated, await waitlistPosition(updated)) };
});
