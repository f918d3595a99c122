import { revokeAgendaFeedRoute } from '../shared/api/routes/meetings/meeting-routes';
import { bearerToken } from '../shared/http/bearer-token';
import { httpHandler } from '../shared/http/http-handler';
import { agendaFeedUrl } from '../shared/meetings/agenda-links';
import { revokeFeed } from '../shared/meetings/revoke-feed';
import { authorizeRegistration } from '../shared/registrations/authorize-registration';

export const handler = httpHandler(revokeAgendaFeedRoute, async ({ params, headers }) => {
  const record = await authorizeRegistration(params.registrationId, bearerToken(headers));
  const feedVersion = await revokeFeed(record.registrationId);
  return { status: 200, body: { feedUrl: await agendaFeedUrl(record.registrationId, feedVersion) } };
});
