import { defineRoute } from '../../http/route-definition';
import { RegistrationView } from '../registration-view';
import { RegistrationPathParams } from '../registration-parameters';
import { problemResponse } from './problem-response';

export const getRegistrationRoute = defineRoute({
  operationId: 'getRegistration',
  method: 'GET',
  path: '/registrations/{registrationId}',
  auth: 'manageToken',
  summary: 'Read your registration (with your waiting-list position)',
  tags: ['registrations'],
  request: { params: RegistrationPathParams },
  responses: {
    200: { description: 'The registration', schema: RegistrationView },
    401: problemResponse('No manage token'),
    403: problemResponse('Not the token of this registration'),
    404: problemResponse('No such registration'),
  },
  tables: { registrations: 'read' },
  usesSigningSecret: true,
});
