import * as z from 'zod/mini';
import { defineRoute } from '../../http/route-definition';
import { problemResponse } from './problem-response';

export const getReadinessRoute = defineRoute({
  operationId: 'getReadiness',
  method: 'GET',
  path: '/health/ready',
  auth: 'public',
  summary: 'Readiness check: the API can reach its database (liveness is /health)',
  tags: ['meta'],
  request: {},
  responses: {
    200: { description: 'Ready: the database answered', schema: () => z.object({ status: z.literal('ready') }) },
    503: problemResponse('The database cannot be reached; Retry-After says when to ask again'),
  },
  tables: { registrations: 'read' },
});
