import * as z from 'zod/mini';
import { defineRoute } from '../../http/route-definition';
import { CancelQuery, RegistrationPathParams } from '../registration-parameters';
import { problemResponse } from './problem-response';
import { withMeta } from '../../openapi/schema-metadata';
import { lazySchema } from '../../openapi/lazy-schema';

export const CancelResponse = lazySchema(() => withMeta(z.object({ registrationId: z.string(), status: z.literal('cancelled'), erased: z.boolean() }), { id: 'RegistrationCancelled' }));

export const cancelRegistrationRoute = defineRoute({
  operationId: 'cancelRegistration',
  method: 'DELETE',
  path: '/registrations/{registrationId}',
  auth: 'manageToken',
  summary: 'Cancel your registration (the first person waiting gets the seat); ?erase=true also erases your data',
  tags: ['registrations'],
  request: { params: RegistrationPathParams, query: CancelQuery },
  responses: {
    200: { description: 'Cancelled (also when it already was)', schema: CancelResponse },
    401: problemResponse('No manage token'),
    403: problemResponse('Not the token of this registration'),
    404: problemResponse('No such registration'),
  },
  tables: { registrations: 'readWrite', confirmations: 'readWrite', meetingRequests: 'readWrite' },
  usesSigningSecret: true,
});
