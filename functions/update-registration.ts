import { updateRegistrationRoute } from '../shared/api/routes/update-registration';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { validateBody } from '../shared/http/parse-request';
import { registrationChangeErrors } from '../shared/registrations/registration-change-errors';
import { toRegistrationView } from '../shared/registrations/registration-record';
import { waitlistPosition } from '../shared/registrations/registration-store';
import { updateRegistration } from '../shared/registrations/update-registration';

export const handler = httpHandler(updateRegistrationRoute, async ({ caller: { registration: record }, body: rawBody }) => {
  const event = await requireEvent(record.eventId);
  const changes = validateBody(updateRegistrationRoute, rawBody, registrationChangeErrors(event, rawBody.value));
  const updated = await updateRegistration({ event, registrationId: record.registrationId, changes, now: new Date() });
  return { status: 200, body: toRegistrationView(updated, await waitlistPosition(updated)) };
});
