import { defineRoute } from '../../http/route-definition';
import { RegistrationUpdate } from '../registration-api';
import { RegistrationView } from '../registration-view';
import { RegistrationPathParams } from '../registration-parameters';
import { problemResponse } from './problem-response';

export const updateRegistrationRoute = defineRoute({
  operationId: 'updateRegistration',
  method: 'PATCH',
  path: '/registrations/{registrationId}',
  auth: 'manageToken',
  summary: 'Correct your details (not the email), or change your profile, programme items, language, listing or scheduling wishes',
  description:
    'Names, organisation, job title, phone, country, sectors and accessibility needs may be corrected; the directory, the door search and '
    + 'the dashboard follow at once. The email cannot be changed here: it is the registration\'s identity (one active registration per '
    + 'address and event, kept by a guard item) and a new address would first have to be verified (docs/registrations.md).',
  tags: ['registrations'],
  // Ids, slots and days are the event's: checked with the body's other fields, in one answer (functions/update-registration.ts).
  request: { params: RegistrationPathParams, body: RegistrationUpdate, bodyValidatedBy: 'implementation' },
  responses: {
    200: { description: 'The updated registration', schema: RegistrationView },
    400: problemResponse('Invalid fields'),
    401: problemResponse('No manage token'),
    403: problemResponse('Not the token of this registration'),
    404: problemResponse('No such registration'),
    409: problemResponse('Cancelled, a programme item full, or a slot marked unavailable that holds one of your confirmed meetings'),
  },
  // The meeting table's slot locks: a slot marked unavailable must hold none of the person's meetings.
  tables: { registrations: 'readWrite', meetingRequests: 'read' },
  usesSigningSecret: true,
});
