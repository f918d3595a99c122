import { postManagePageRoute } from '../shared/api/routes/manage-page';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { managePageResult } from '../shared/pages/manage-page-result';
import { withdrawRegistration } from '../shared/registrations/withdraw-registration';

/** The cancel button of the manage page. */
export const handler = httpHandler(postManagePageRoute, async ({ caller: { registration: record } }) => {
  const event = await requireEvent(record.eventId);
  await withdrawRegistration({ event, registrationId: record.registrationId, erase: false, now: new Date() });
  return managePageResult(record.registrationId, true);
});
