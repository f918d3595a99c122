import { revokeAgendaFeedRoute } from '../shared/api/routes/meetings/agenda-feed-routes';
import { httpHandler } from '../shared/http/http-handler';
import { agendaFeedUrl } from '../shared/meetings/agenda-links';
import { revokeFeed } from '../shared/meetings/revoke-feed';

export const handler = httpHandler(revokeAgendaFeedRoute, async ({ caller: { registration: record } }) => {
  const feedVersion = await revokeFeed(record.registrationId);
  return { status: 200, body: { feedUrl: await agendaFeedUrl(record.registrationId, feedVersion) } };
});
