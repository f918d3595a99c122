import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AcceptHeader, csvExport, AdminEventParams, adminProblems, csvNote, listOf, statusQuery } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';
import { lazySchema } from '../../../openapi/lazy-schema';

export const confirmationStatuses = ['pending', 'sending', 'retrying', 'sent', 'delivered', 'bounced', 'complained', 'failed', 'erased'] as const;

export const AdminEmail = lazySchema(() => withMeta(z.object({
  confirmationId: z.string(),
  kind: z.string(),
  variant: withMeta(z.optional(z.enum(['request-withdrawn'])), { description: 'Which case of its kind the email told: `request-withdrawn`, a `meeting-cancelled` email about a request withdrawn before it was answered (no meeting existed).' }),
  subjectId: z.string(),
  recipient: z.string(),
  language: z.string(),
  status: z.enum(confirmationStatuses),
  deliveryStatus: z.enum(['pending', 'sent', 'delivered', 'bounced', 'complained', 'failed', 'erased']),
  attempts: z.int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.optional(z.string()),
  lastError: z.optional(z.string()),
  sesMessageId: z.optional(z.string()),
}), { id: 'AdminEmail' }));

export const listAdminConfirmationsRoute = defineRoute({
  operationId: 'listAdminConfirmations',
  method: 'GET',
  path: '/admin/events/{eventId}/confirmations',
  auth: 'organiserKey',
  summary: `The event's emails and their delivery status, a page at a time. ${csvNote}`,
  tags: ['admin'],
  request: { params: AdminEventParams, query: statusQuery(confirmationStatuses), headers: AcceptHeader },
  responses: {
    200: { description: `A page of emails (delivery status, never content). ${csvNote}`, schema: listOf(AdminEmail, 'AdminEmailPage'), alternatives: csvExport },
    400: problemResponse('Invalid filter or cursor'),
    ...adminProblems,
    404: problemResponse('No such event'),
  },
  // registrations: the gate reads a console session there, and a CSV export is written to the export log first.
  tables: { registrations: 'readWrite', confirmations: 'read' },
});
