import { getRegistrationRoute } from '../shared/api/routes/get-registration';
import { ticketView } from '../shared/check-in/ticket-view';
import { httpHandler } from '../shared/http/http-handler';
import { toRegistrationView } from '../shared/registrations/registration-record';
import { waitlistPosition } from '../shared/registrations/registration-store';

export const handler = httpHandler(getRegistrationRoute, async ({ caller: { registration: record } }) => {
  return { status: 200, body: { ...toRegistrationView(record, await waitlistPosition(record)), ...(await ticketView(record)) } };
});
