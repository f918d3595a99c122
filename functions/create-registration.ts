import { createRegistrationRoute } from '../shared/api/routes/create-registration';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { validateBody } from '../shared/http/parse-request';
import { requestHash } from '../shared/idempotency/idempotency';
import { createRegistration } from '../shared/registrations/create-registration';
import { eventFieldErrors } from '../shared/registrations/validate-against-event';
import { manageTokenFor } from '../shared/security/manage-token';

export const handler = httpHandler(createRegistrationRoute, async ({ params, body: rawBody, declaredHeaders }) => {
  const event = await requireEvent(params.eventId);
  const body = validateBody(createRegistrationRoute, rawBody, eventFieldErrors(event, rawBody.value));
  const key = declaredHeaders['idempotency-key'];
  const created = await createRegistration({
    event,
    request: body,
    now: new Date(),
    ...(key ? { idempotency: { scope: `registration:${event.id}`, key, requestHash: requestHash(body) } } : {}),
  });
  const { tokenVersion, ...response } = created;
  return {
    status: 201,
    headers: { Location: `/registrations/${created.registrationId}` },
    body: { ...response, manageToken: await manageTokenFor(created.registrationId, tokenVersion) },
  };
});
