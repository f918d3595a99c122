import * as z from 'zod';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AcceptHeader, AdminEventParams, adminProblems, csvNote, listOf, statusQuery } from './admin-schemas';

const meetingStatuses = ['pending', 'accepted', 'confirmed', 'declined', 'cancelled', 'expired'] as const;

export const AdminMeeting = z
  .looseObject({
    meetingRequestId: z.string(),
    status: z.enum(meetingStatuses),
    fromRegistrationId: z.string(),
    toRegistrationId: z.string(),
    from: z.object({ name: z.string(), organisation: z.string() }).optional(),
    to: z.object({ name: z.string(), organisation: z.string() }).optional(),
    slotId: z.string().optional(),
    table: z.int().optional(),
    createdAt: z.string(),
  })
  .meta({ id: 'AdminMeeting' });

export const listAdminMeetingsRoute = defineRoute({
  operationId: 'listAdminMeetings',
  method: 'GET',
  path: '/admin/events/{eventId}/meetings',
  auth: 'organiserKey',
  summary: `The event's meeting requests by status, a page at a time. ${csvNote}`,
  tags: ['admin'],
  request: { params: AdminEventParams, query: statusQuery(meetingStatuses), headers: AcceptHeader },
  responses: {
    200: { description: `A page of meeting requests with both participants' names. ${csvNote}`, schema: listOf(AdminMeeting, 'AdminMeetingPage') },
    400: problemResponse('Invalid filter or cursor'),
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  // registrations readWrite: a CSV export is written to the export log first.
  tables: { registrations: 'readWrite', meetingRequests: 'read' },
});
