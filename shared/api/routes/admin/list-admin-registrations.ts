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
  request: { params: AdminEventParams, query: RegistrationListQuery, headers: AcceptHeader },
  responses: {
    200: { description: `A page of registrations. ${csvNote}`, schema: listOf(AdminRegistration, 'AdminRegistrationPage'), alternatives: csvAndXlsxExports },
    400: problemResponse('Invalid filter or cursor'),
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  // readWrite: a CSV export is written to the export log first.
  tables: { registrations: 'readWrite' },
});
