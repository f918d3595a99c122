import * as z from 'zod';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';

/** A digest round: `before-event` (the default, shared with the scheduled digest), or a new name to send another round. */
export const DigestRequest = z
  .strictObject({ round: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens').max(40).default('before-event') })
  .meta({ id: 'DigestRequest' });

export const DigestOutcomeView = z
  .object({
    round: z.string(),
    readers: z.int().meta({ description: 'Opted-in directory members looked at' }),
    recorded: z.int().meta({ description: 'Digests recorded now (the mailer sends them)' }),
    alreadySent: z.int().meta({ description: 'Readers who already had this round' }),
    withoutRecommendations: z.int().meta({ description: 'Readers with nobody to suggest: no email' }),
  })
  .meta({ id: 'DigestOutcome' });

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
});
