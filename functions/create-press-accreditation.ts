import { createPressAccreditationRoute } from '../shared/api/routes/create-press-accreditation';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { validateBody } from '../shared/http/parse-request';
import { requestHash } from '../shared/idempotency/idempotency';
import { createPressAccreditation, pressDayErrors } from '../shared/press/create-press-accreditation';

export const handler = httpHandler(createPressAccreditationRoute, async ({ params, body: rawBody, declaredHeaders }) => {
  const event = await requireEvent(params.eventId);
  const body = validateBody(createPressAccreditationRoute, rawBody, pressDayErrors(event, rawBody.value));
  const key = declaredHeaders['idempotency-key'];
  const created = await createPressAccreditation({
    event,
    request: body,
    now: new Date(),
    ...(key ? { idempotency: { scope: `press:${event.id}`, key, requestHash: requestHash(body) } } : {}),
  });
  return { status: 201, headers: { Location: `/press-accreditations/${created.accreditationId}` }, body: created };
});
