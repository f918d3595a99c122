import { getRecommendationsRoute } from '../shared/api/routes/meetings/meeting-routes';
import { httpHandler } from '../shared/http/http-handler';
import { readRecommendations } from '../shared/matchmaking/read-recommendations';
import { confirmedParticipant } from '../shared/meetings/authorize-in-event';

export const handler = httpHandler(getRecommendationsRoute, async ({ query, caller: { registration } }) => {
  const { event } = await confirmedParticipant(registration);
  return { status: 200, body: await readRecommendations(event, registration, query.limit) };
});
