import { defineRoute } from '../../../http/route-definition';
import { CheckInRequest, CheckInResult } from '../../check-in-api';
import { problemResponse } from '../problem-response';
import { AdminEventParams } from './admin-schemas';

export const checkInRoute = defineRoute({
  operationId: 'checkIn',
  method: 'POST',
  path: '/admin/events/{eventId}/check-ins',
  auth: 'checkInKey',
  summary: 'Check an attendee in at the door, from the ticket QR code or its typed code (once per registration)',
  tags: ['admin'],
  request: { params: AdminEventParams, body: CheckInRequest },
  responses: {
    201: { description: 'Checked in now', schema: CheckInResult },
    200: { description: 'Already checked in (`alreadyCheckedIn`, with the first time), or not admitted (waitlisted, cancelled, revoked ticket)', schema: CheckInResult },
    400: problemResponse('Not a ticket of this event, or not a ticket code'),
    401: problemResponse('No organiser or door-staff key, or not a valid one'),
    403: problemResponse('A key of another event'),
    404: problemResponse('No ticket of this event has this code'),
  },
  tables: { registrations: 'readWrite' },
  usesSigningSecret: true,
});
