import * as z from 'zod/mini';
import { defineRoute } from '../../http/route-definition';
import { lazySchema } from '../../openapi/lazy-schema';
import { withMeta } from '../../openapi/schema-metadata';
import { EventPathParams } from '../path-parameters';
import { emailAddress } from '../text-fields';
import { problemResponse } from './problem-response';

export const ManageLinkRequest = lazySchema(() => withMeta(z.strictObject({ email: emailAddress() }), { id: 'ManageLinkRequest' }));

export const ManageLinkRequested = lazySchema(() => withMeta(z.object({ status: z.literal('accepted') }), { id: 'ManageLinkRequested' }));

/**
 * "I lost my email": the registration's email again, with its manage link, to the address it was
 * registered with. The answer is the same whether or not the address is registered, so it tells
 * nobody who registered (docs/registrations.md, "A lost link").
 */
export const requestManageLinkRoute = defineRoute({
  operationId: 'requestManageLink',
  method: 'POST',
  path: '/events/{eventId}/manage-link-requests',
  auth: 'public',
  summary: 'Email an attendee their registration email again, with its manage link (at most once per 10 minutes; the same answer for any address)',
  tags: ['registrations'],
  request: { params: EventPathParams, body: ManageLinkRequest },
  responses: {
    202: { description: 'Accepted: if the address is registered for this event, its email is on its way', schema: ManageLinkRequested },
    400: problemResponse('Invalid email address'),
    404: problemResponse('No such event'),
    413: problemResponse('Body over 64 KB'),
    415: problemResponse('Body not JSON'),
  },
  tables: { registrations: 'readWrite', confirmations: 'readWrite' },
});
