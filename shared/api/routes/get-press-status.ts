import * as z from 'zod/mini';
import { defineRoute } from '../../http/route-definition';
import { AccreditationPathParams, pressRequestViewShape } from '../press-api';
import { problemResponse } from './problem-response';
import { withMeta } from '../../openapi/schema-metadata';
import { lazySchema } from '../../openapi/lazy-schema';

/** What the journalist sees of their request: all they sent, where it stands, and the decision's date and reason; nothing of who decided. */
export const PressStatus = lazySchema(() => withMeta(z.object({
  ...pressRequestViewShape(),
  decision: z.optional(z.object({ decision: z.enum(['approved', 'rejected']), decidedAt: z.string(), reason: z.optional(z.string()) })),
}), { id: 'PressStatus' }));

export const getPressStatusRoute = defineRoute({
  operationId: 'getPressStatus',
  method: 'GET',
  path: '/press-accreditations/{accreditationId}',
  auth: 'pressStatusLink',
  summary: "The journalist's own accreditation request and its status (Bearer status token from their emails)",
  tags: ['press'],
  request: { params: AccreditationPathParams },
  responses: {
    200: { description: 'The request, its status and the decision (date, reason) once made', schema: PressStatus },
    401: problemResponse('Missing, tampered or expired status token'),
    403: problemResponse('Status token of another request'),
    404: problemResponse('No such request (never made, or erased after the retention period)'),
  },
  tables: { registrations: 'read' },
  usesSigningSecret: true,
});
