import { lazySchema } from '../../../openapi/lazy-schema';
import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';
import { integerQuery } from '../../integer-query';

export const ExportLogEntry = lazySchema(() => withMeta(z.object({
  exportId: z.string(),
  list: z.enum(['registrations', 'meetings', 'press-accreditations', 'confirmations']),
  filter: z.record(z.string(), z.string()),
  format: z.enum(['csv', 'xlsx']),
  rows: z.int(),
  keyId: withMeta(z.string(), { description: 'The organiser key used (first 12 hex digits of its hash), directly or through a console session' }),
  sessionId: z.optional(z.string()),
  at: z.iso.datetime(),
}), { id: 'ExportLogEntry' }));

export const listAdminExportsRoute = defineRoute({
  operationId: 'listAdminExports',
  method: 'GET',
  path: '/admin/events/{eventId}/exports',
  auth: 'organiserKey',
  summary: 'The export log: every CSV export of this event (who, when, which list and filter, how many rows), newest first',
  tags: ['admin'],
  request: { params: AdminEventParams, query: lazySchema(() => z.object({ limit: integerQuery({ min: 1, max: 500, fallback: 100 }) })) },
  responses: {
    200: { description: 'The latest exports', schema: lazySchema(() => withMeta(z.object({ items: z.array(ExportLogEntry()) }), { id: 'ExportLog' })) },
    400: problemResponse('Invalid limit'),
    ...adminProblems,
  },
  tables: { registrations: 'read' },
});
