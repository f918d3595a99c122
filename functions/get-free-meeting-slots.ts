import { getFreeMeetingSlotsRoute } from '../shared/api/routes/meetings/my-meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { confirmedParticipant } from '../shared/meetings/authorize-in-event';
import { freeSlotsFor } from '../shared/meetings/free-slots';

export const handler = httpHandler(getFreeMeetingSlotsRoute, async ({ query, caller: { registration } }) => {
  const { caller, event } = await confirmedParticipant(registration);
  return { status: 200, body: { slots: await freeSlotsFor(event, caller, query.with) } };
});
