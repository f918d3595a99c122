import * as z from 'zod';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';

export const ExportLogEntry = z
  .object({
    exportId: z.string(),
    list: z.enum(['registrations', 'meetings', 'press-accreditations', 'confirmations']),
    filter: z.record(z.string(), z.string()),
    format: z.enum(['csv', 'xlsx']),
    rows: z.int(),
    keyId: z.string().meta({ description: 'The organiser key used (first 12 hex digits of its hash), directly or through a console session' }),
    sessionId: z.string().optional(),
    at: z.iso.datetime(),
  })
  .meta({ id: 'ExportLogEntry' });

export const listAdminExportsRoute = defineRoute({
  operationId: 'listAdminExports',
  method: 'GET',
  path: '/admin/events/{eventId}/exports',
  auth: 'organiserKey',
  summary: 'The export log: every CSV export of this event (who, when, which list and filter, how many rows), newest first',
  tags: ['admin'],
  request: { params: AdminEventParams, query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }) },
  responses: {
    200: { description: 'The latest exports', schema: z.object({ items: z.array(ExportLogEntry) }).meta({ id: 'ExportLog' }) },
    400: problemResponse('Invalid limit'),
    ...adminProblems,
  },
  tables: { registrations: 'read' },
});
