import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AcceptHeader, csvExport, AdminEventParams, adminProblems, csvNote, listOf, statusQuery } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';
import { lazySchema } from '../../../openapi/lazy-schema';

const meetingStatuses = ['pending', 'accepted', 'confirmed', 'declined', 'cancelled', 'expired'] as const;

export const AdminMeeting = lazySchema(() => withMeta(z.looseObject({
  meetingRequestId: z.string(),
  status: z.enum(meetingStatuses),
  fromRegistrationId: z.string(),
  toRegistrationId: z.string(),
  from: z.optional(z.object({ name: z.string(), organisation: z.string() })),
  to: z.optional(z.object({ name: z.string(), organisation: z.string() })),
  slotId: z.optional(z.string()),
  table: z.optional(z.int()),
  createdAt: z.string(),
}), { id: 'AdminMeeting' }));

export const listAdminMeetingsRoute = defineRoute({
  operationId: 'listAdminMeetings',
  method: 'GET',
  path: '/admin/events/{eventId}/meetings',
  auth: 'organiserKey',
  summary: `The event's meeting requests by status, a page at a time. ${csvNote}`,
  tags: ['admin'],
  request: { params: AdminEventParams, query: statusQuery(meetingStatuses), headers: AcceptHeader },
  responses: {
    200: { description: `A page of meeting requests with both participants' names. ${csvNote}`, schema: listOf(AdminMeeting, 'AdminMeetingPage'), alternatives: csvExport },
    400: problemResponse('Invalid filter or cursor'),
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  // registrations readWrite: a CSV export is written to the export log first.
  tables: { registrations: 'readWrite', meetingRequests: 'read' },
});
