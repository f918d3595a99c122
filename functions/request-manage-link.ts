import { requestManageLinkRoute } from '../shared/api/routes/request-manage-link';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { emailManageLink } from '../shared/registrations/email-manage-link';

export const handler = httpHandler(requestManageLinkRoute, async ({ params, body }) => {
  const event = await requireEvent(params.eventId);
  await emailManageLink({ eventId: event.id, email: body.email, now: new Date() });
  return { status: 202, body: { status: 'accepted' } };
});
