import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AcceptHeader, csvExport, AdminEventParams, adminProblems, csvNote, listOf, statusQuery } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';
import { lazySchema } from '../../../openapi/lazy-schema';

export const AdminPressAccreditation = lazySchema(() => withMeta(z.looseObject({ accreditationId: z.string(), status: z.enum(['pending', 'approved', 'rejected']), mediaOutlet: z.string(), createdAt: z.string() }), { id: 'AdminPressAccreditation' }));

export const listAdminPressRoute = defineRoute({
  operationId: 'listAdminPressAccreditations',
  method: 'GET',
  path: '/admin/events/{eventId}/press-accreditations',
  auth: 'organiserKey',
  summary: `The event's press accreditations by status, a page at a time. ${csvNote}`,
  tags: ['admin'],
  request: { params: AdminEventParams, query: statusQuery(['pending', 'approved', 'rejected'] as const), headers: AcceptHeader },
  responses: {
    200: { description: `A page of accreditations. ${csvNote}`, schema: listOf(AdminPressAccreditation, 'AdminPressPage'), alternatives: csvExport },
    400: problemResponse('Invalid filter or cursor'),
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  // readWrite: a CSV export is written to the export log first.
  tables: { registrations: 'readWrite' },
});
