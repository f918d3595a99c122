import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { RegistrationPathParams } from '../../registration-parameters';
import { problemResponse } from '../problem-response';
import { AdminRegistration } from './admin-registration';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { AdminEmail } from './list-admin-confirmations';
import { withMeta } from '../../../openapi/schema-metadata';
import { lazySchema } from '../../../openapi/lazy-schema';

const meetingStatuses = ['pending', 'accepted', 'confirmed', 'declined', 'cancelled', 'expired'] as const;

export const AdminRegistrationDetail = lazySchema(() => withMeta(z.object({
  registration: AdminRegistration(),
  meetings: withMeta(z.object({ total: z.int(), byStatus: z.record(z.enum(meetingStatuses), z.int()) }), { description: 'Meeting requests the person is part of (sent or received), by status.' }),
  ticket: withMeta(z.object({
      state: withMeta(z.enum(['valid', 'none', 'revoked']), { description: '`valid`: a confirmed seat with a ticket; `none`: no ticket (waiting list, older record); `revoked`: cancelled, the ticket no longer opens the door.' }),
      code: withMeta(z.optional(z.string()), { description: 'The code to type at the door (`ABCD-EFGH`), while valid.' }),
      checkedInAt: z.optional(z.string()),
    }), { id: 'AdminTicketState' }),
  emails: withMeta(z.array(AdminEmail()), { description: 'The emails sent about this registration, oldest first (delivery status, never content).' }),
}), { id: 'AdminRegistrationDetail' }));

const Params = lazySchema(() => z.extend(AdminEventParams(), RegistrationPathParams().shape));

export const getAdminRegistrationRoute = defineRoute({
  operationId: 'getAdminRegistration',
  method: 'GET',
  path: '/admin/events/{eventId}/registrations/{registrationId}',
  auth: 'organiserKey',
  summary: 'One registration in full: its fields, meetings by status, ticket and check-in, and the emails sent about it',
  tags: ['admin'],
  request: { params: Params },
  responses: {
    200: { description: 'The registration', schema: AdminRegistrationDetail },
    400: problemResponse('Invalid registration id'),
    ...adminProblems,
    404: problemResponse('No such registration for this event'),
  },
  tables: { registrations: 'read', confirmations: 'read', meetingRequests: 'read' },
});

export const AdminCancellation = lazySchema(() => withMeta(z.object({
  registrationId: z.string(),
  status: z.literal('cancelled'),
  alreadyCancelled: withMeta(z.boolean(), { description: 'It was cancelled before this call (nothing changed, no email sent).' }),
  promotedRegistrationId: withMeta(z.optional(z.string()), { description: 'The person from the waiting list who got the seat.' }),
}), { id: 'AdminCancellation' }));

export const cancelAdminRegistrationRoute = defineRoute({
  operationId: 'cancelAdminRegistration',
  method: 'POST',
  path: '/admin/events/{eventId}/registrations/{registrationId}/cancellation',
  auth: 'organiserKey',
  summary: "Cancel a registration from the console: the attendee's own cancellation (same transaction, seat handed on, same emails, meetings cancelled); idempotent",
  tags: ['admin'],
  request: { params: Params },
  responses: {
    200: { description: 'Cancelled (also when it already was: `alreadyCancelled`)', schema: AdminCancellation },
    400: problemResponse('Invalid registration id'),
    ...adminProblems,
    404: problemResponse('No such registration for this event'),
    503: problemResponse('The registration is changing right now; retry'),
  },
  tables: { registrations: 'readWrite', confirmations: 'readWrite', meetingRequests: 'readWrite' },
});
