import { getAgendaFeedRoute } from '../shared/api/routes/meetings/meeting-routes';
import { DomainError } from '../shared/domain-error';
import { requireEvent } from '../shared/events/require-event';
import { httpHandler } from '../shared/http/http-handler';
import { agendaFeed } from '../shared/meetings/agenda-feed';
import { findRegistration } from '../shared/registrations/registration-store';
import { isValidFeedToken } from '../shared/security/feed-token';

export const handler = httpHandler(getAgendaFeedRoute, async ({ params, query }) => {
  const record = await findRegistration(params.registrationId);
  if (!record || record.erasedAt) throw new DomainError('not-found', 'registration-not-found', 'There is no such registration.');
  if (!(await isValidFeedToken(query.token, record.registrationId, record.feedVersion ?? 0))) {
    throw new DomainError('forbidden', 'invalid-feed-token', 'This feed link is not valid or was revoked.');
  }
  const event = await requireEvent(record.eventId);
  return { status: 200, contentType: 'text/calendar; charset=utf-8', headers: { 'Cache-Control': 'private, max-age=300' }, body: await agendaFeed(event, record, new Date()) };
});
