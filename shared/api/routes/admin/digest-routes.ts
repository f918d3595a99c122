import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';
import { lazySchema } from '../../../openapi/lazy-schema';

/** A digest round: `before-event` (the default, shared with the scheduled digest), or a new name to send another round. */
export const DigestRequest = lazySchema(() => withMeta(z.strictObject({ round: z._default(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'), z.maxLength(40)), 'before-event') }), { id: 'DigestRequest' }));

export const DigestOutcomeView = lazySchema(() => withMeta(z.object({
  round: z.string(),
  readers: withMeta(z.int(), { description: 'Opted-in directory members looked at' }),
  recorded: withMeta(z.int(), { description: 'Digests recorded now (the mailer sends them)' }),
  alreadySent: withMeta(z.int(), { description: 'Readers who already had this round' }),
  withoutRecommendations: withMeta(z.int(), { description: 'Readers with nobody to suggest: no email' }),
}), { id: 'DigestOutcome' }));

export const sendRecommendationDigestsRoute = defineRoute({
  operationId: 'sendRecommendationDigests',
  method: 'POST',
  path: '/admin/events/{eventId}/recommendation-digests',
  auth: 'organiserKey',
  summary: 'Email "people you should meet" now to every directory member who asked for it (once per round; docs/matchmaking.md, "Digest")',
  tags: ['admin'],
  request: { params: AdminEventParams, body: DigestRequest },
  responses: {
    202: { description: 'Recorded; the mailer sends one email per reader with recommendations', schema: DigestOutcomeView },
    400: problemResponse('Invalid round'),
    ...adminProblems,
    404: problemResponse('No such event'),
    409: problemResponse('The event has no matchmaking settings'),
  },
  tables: { registrations: 'read', meetingRequests: 'readWrite', confirmations: 'readWrite' },
  // Readers are handled 8 at a time: a few thousand need more than the default 10 s (docs/matchmaking.md, "Cost").
  // What the organisers unit had from the badges route when they shared it; API Gateway answers within 29 s anyway.
  compute: { memoryMb: 1024, timeoutSeconds: 29 },
});
