import { getPressReviewRoute } from '../shared/api/routes/press-review';
import { httpHandler } from '../shared/http/http-handler';
import { pressReview } from '../shared/press/press-review';

export const handler = httpHandler(getPressReviewRoute, async ({ caller: { decision } }) => ({ status: 200, body: pressReview(decision) }));
