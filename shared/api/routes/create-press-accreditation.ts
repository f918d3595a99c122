import { defineRoute } from '../../http/route-definition';
import { EventPathParams } from '../path-parameters';
import { PressAccreditationCreated, PressAccreditationRequest } from '../press-api';
import { IdempotencyHeaders } from '../registration-parameters';
import { problemResponse } from './problem-response';

export const createPressAccreditationRoute = defineRoute({
  operationId: 'createPressAccreditation',
  method: 'POST',
  path: '/events/{eventId}/press-accreditations',
  auth: 'public',
  summary: 'Ask for media accreditation; the press contacts decide from their email',
  tags: ['press'],
  request: {
    params: EventPathParams,
    headers: IdempotencyHeaders,
    body: PressAccreditationRequest,
    bodyValidatedBy: 'implementation',
  },
  responses: {
    201: { description: 'Recorded, pending a decision', schema: PressAccreditationCreated },
    400: problemResponse('Invalid fields, each named in errors[]'),
    404: problemResponse('No such event'),
    409: problemResponse('A pending or approved request exists for this email'),
    422: problemResponse('Idempotency-Key reused with a different body'),
  },
  tables: { registrations: 'readWrite', confirmations: 'readWrite' },
});
