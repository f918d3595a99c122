import { defineRoute } from '../../../http/route-definition';
import { CheckInRequest, CheckInResult, DoorSearchQuery, DoorSearchResult, doorSearchLimit, doorSearchesPerMinute } from '../../check-in-api';
import { problemResponse } from '../problem-response';
import { AdminEventParams } from './admin-schemas';

/** What the door's routes answer before they look at anything: no key, or a key of another event. */
const keyProblems = {
  401: problemResponse('No organiser or door-staff key, or not a valid one'),
  403: problemResponse('A key of another event'),
};

export const checkInRoute = defineRoute({
  operationId: 'checkIn',
  method: 'POST',
  path: '/admin/events/{eventId}/check-ins',
  auth: 'checkInKey',
  summary: 'Check an attendee in at the door, from the ticket QR code, its typed code or a door search result (once per registration)',
  tags: ['admin'],
  // A malformed ticket or code is named with the body's other bad fields (functions/admin-check-in.ts).
  request: { params: AdminEventParams, body: CheckInRequest, bodyValidatedBy: 'implementation' },
  responses: {
    201: { description: 'Checked in now', schema: CheckInResult },
    200: { description: 'Already checked in (`alreadyCheckedIn`, with the first time), or not admitted (waitlisted, cancelled, revoked ticket)', schema: CheckInResult },
    400: problemResponse('Not a ticket of this event, not a ticket code, or not a registration id'),
    ...keyProblems,
    404: problemResponse('No ticket of this event has this code, or no registration of this event has this id'),
  },
  tables: { registrations: 'readWrite' },
  usesSigningSecret: true,
});

/** The door's search for an attendee without their ticket; door-staff keys may call it (docs/check-in.md). */
export const searchCheckInsRoute = defineRoute({
  operationId: 'searchCheckIns',
  method: 'GET',
  path: '/admin/events/{eventId}/check-ins',
  auth: 'checkInKey',
  summary: 'Find attendees at the door by name, organisation or email: name, organisation, status and check-in time only',
  tags: ['admin'],
  request: { params: AdminEventParams, query: DoorSearchQuery },
  responses: {
    200: { description: `Up to ${doorSearchLimit} matching registrations, by last name`, schema: DoorSearchResult },
    400: problemResponse('No search words, or fewer than 2 characters'),
    ...keyProblems,
    429: problemResponse(`This key ran ${doorSearchesPerMinute} searches this minute (Retry-After: the seconds left in it)`),
  },
  // Read the registrations; write the key's count of searches this minute (shared/check-in/door-search-allowance.ts).
  tables: { registrations: 'readWrite' },
});
