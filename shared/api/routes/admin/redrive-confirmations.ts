import { lazySchema } from '../../../openapi/lazy-schema';
import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';

export const redriveConfirmationsRoute = defineRoute({
  operationId: 'redriveAdminConfirmations',
  method: 'POST',
  path: '/admin/events/{eventId}/confirmations/redrive',
  auth: 'organiserKey',
  summary: "Re-drive this event's dead-lettered emails: each goes back to the mailer with a fresh attempt budget (an erased person's is closed instead)",
  tags: ['admin'],
  request: { params: AdminEventParams },
  responses: {
    200: { description: 'The emails put back in the queue', schema: lazySchema(() => withMeta(z.object({ requeued: z.array(z.string()) }), { id: 'RedriveResult' })) },
    ...adminProblems,
  },
  tables: { registrations: 'read', confirmations: 'readWrite' },
});
