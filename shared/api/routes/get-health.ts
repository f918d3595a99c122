import * as z from 'zod/mini';
import { defineRoute } from '../../http/route-definition';

export const getHealthRoute = defineRoute({
  operationId: 'getHealth',
  method: 'GET',
  path: '/health',
  auth: 'public',
  summary: 'Liveness check',
  tags: ['meta'],
  request: {},
  responses: { 200: { description: 'The API is up', schema: () => z.object({ status: z.literal('ok') }) } },
  tables: {},
});
