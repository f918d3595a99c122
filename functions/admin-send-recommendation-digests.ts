import { sendRecommendationDigestsRoute } from '../shared/api/routes/admin/digest-routes';
import { DomainError } from '../shared/domain-error';
import { requireEvent } from '../shared/events/require-event';
import { sendRecommendationDigests } from '../shared/matchmaking/digest/send-digests';
import { adminHandler } from '../shared/organisers/admin-handler';

export const handler = adminHandler(sendRecommendationDigestsRoute, async ({ params, body }) => {
  const event = await requireEvent(params.eventId);
  if (!event.matchmaking) throw new DomainError('conflict', 'no-matchmaking', 'This event has no matchmaking settings, so nobody has recommendations.');
  return { status: 202, body: await sendRecommendationDigests(event, body.round, new Date()) };
});
