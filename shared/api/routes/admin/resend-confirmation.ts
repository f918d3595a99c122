import { lazySchema } from '../../../openapi/lazy-schema';
import * as z from 'zod/mini';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { ulidParameter } from '../../path-parameters';
import { withMeta } from '../../../openapi/schema-metadata';

export const resendConfirmationRoute = defineRoute({
  operationId: 'resendConfirmation',
  method: 'POST',
  path: '/admin/events/{eventId}/confirmations/{confirmationId}/resend',
  auth: 'organiserKey',
  summary: 'Send an email again (a new email with the same content; the original keeps its history)',
  tags: ['admin'],
  request: { params: lazySchema(() => z.extend(AdminEventParams(), { confirmationId: ulidParameter('must be an email id (ULID)') })) },
  responses: {
    202: { description: 'Recorded; the mailer sends it', schema: lazySchema(() => withMeta(z.object({ confirmationId: z.string(), status: z.literal('pending') }), { id: 'EmailResent' })) },
    400: problemResponse('Invalid email id'),
    ...adminProblems,
    404: problemResponse('No such email for this event'),
    409: problemResponse('The address hard-bounced (`address-undeliverable`), its owner erased their data (`recipient-erased`), the email shows somebody who erased theirs (`names-erased-person`), or what it says is no longer so (`email-superseded`: a registration confirmation after a cancellation, a meeting invitation after a cancellation or a move)'),
  },
  tables: { registrations: 'readWrite', meetingRequests: 'read', confirmations: 'readWrite' },
});
