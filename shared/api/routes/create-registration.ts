import { defineRoute } from '../../http/route-definition';
import { EventPathParams } from '../path-parameters';
import { RegistrationCreated, RegistrationRequest } from '../registration-api';
import { IdempotencyHeaders } from '../registration-parameters';
import { problemResponse } from './problem-response';

export const createRegistrationRoute = defineRoute({
  operationId: 'createRegistration',
  method: 'POST',
  path: '/events/{eventId}/registrations',
  auth: 'public',
  summary: 'Register for an event; a confirmation (or waiting-list) email follows',
  tags: ['registrations'],
  request: {
    params: EventPathParams,
    headers: IdempotencyHeaders,
    body: RegistrationRequest,
    bodyValidatedBy: 'implementation',
  },
  responses: {
    201: { description: 'Registered: confirmed or on the waiting list', schema: RegistrationCreated },
    400: problemResponse('Invalid fields, each named in errors[]'),
    404: problemResponse('No such event'),
    409: problemResponse('Already registered with this email, registration closed, or a programme item full'),
    413: problemResponse('Body over 64 KB'),
    415: problemResponse('Body not JSON'),
    422: problemResponse('Idempotency-Key reused with a different body'),
  },
  tables: { registrations: 'readWrite', confirmations: 'readWrite' },
  usesSigningSecret: true,
});
