import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminRegistration } from './admin-registration';
import { AcceptHeader, csvAndXlsxExports, AdminEventParams, adminProblems, csvNote, listOf, xlsxNote, RegistrationListQuery } from './admin-schemas';

export const listAdminRegistrationsRoute = defineRoute({
  operationId: 'listAdminRegistrations',
  method: 'GET',
  path: '/admin/events/{eventId}/registrations',
  auth: 'organiserKey',
  summary: `The event's registrations, filtered, a page at a time. ${csvNote} ${xlsxNote}`,
  tags: ['admin'],
  // A sector or cluster is the event's: checked with the query's other fields, in one answer (functions/admin-list-registrations.ts).
  request: { params: AdminEventParams, query: RegistrationListQuery, headers: AcceptHeader, queryValidatedBy: 'implementation' },
  responses: {
    200: { description: `A page of registrations. ${csvNote}`, schema: listOf(AdminRegistration, 'AdminRegistrationPage'), alternatives: csvAndXlsxExports },
    400: problemResponse('Invalid filter or cursor, each named in errors[]: a sector or cluster the event does not have, a country that is no ISO code…'),
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  // readWrite: a CSV export is written to the export log first.
  tables: { registrations: 'readWrite' },
});
