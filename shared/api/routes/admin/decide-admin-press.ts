import * as z from 'zod/mini';
import { lazySchema } from '../../../openapi/lazy-schema';
import { defineRoute } from '../../../http/route-definition';
import { AccreditationPathParams, DecisionRequest, DecisionResult } from '../../press-api';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';

export const decideAdminPressRoute = defineRoute({
  operationId: 'decideAdminPressAccreditation',
  method: 'POST',
  path: '/admin/events/{eventId}/press-accreditations/{accreditationId}/decision',
  auth: 'organiserKey',
  summary: "Approve or reject from the console; the same single-decision rule as the press contacts' emailed links (the first decision wins)",
  tags: ['admin'],
  request: { params: lazySchema(() => z.extend(AdminEventParams(), AccreditationPathParams().shape)), body: DecisionRequest },
  responses: {
    200: { description: 'Decided; the journalist and every press contact are emailed', schema: DecisionResult },
    400: problemResponse('Invalid decision or reason (every field named)'),
    ...adminProblems,
    404: problemResponse('No such accreditation request for this event'),
    409: problemResponse('Already decided: says who decided what and when'),
  },
  tables: { registrations: 'readWrite', confirmations: 'readWrite' },
});
