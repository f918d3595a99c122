import * as z from 'zod/mini';
import { lazySchema } from '../../../openapi/lazy-schema';
import { defineRoute } from '../../../http/route-definition';
import { RegistrationPathParams } from '../../registration-parameters';
import { problemResponse } from '../problem-response';
import { participantErrors } from './participant-errors';

/**
 * The calendar feed and its revocation, apart from the other meeting routes: a calendar app's poll
 * should not construct the directory's and meeting requests' schemas (`meeting-api.ts`, about 180 zod
 * schemas) at its cold start.
 */
export const FeedQuery = lazySchema(() => z.object({ token: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,128}$/, 'must be the feed token')) }));

export const getAgendaFeedRoute = defineRoute({
  operationId: 'getAgendaFeed',
  method: 'GET',
  path: '/registrations/{registrationId}/agenda.ics',
  auth: 'feedToken',
  summary: 'Your agenda as an iCalendar feed for calendar apps (secret, revocable URL)',
  tags: ['meetings'],
  request: { params: RegistrationPathParams, query: FeedQuery },
  responses: { 200: { description: 'text/calendar', schema: () => z.string(), contentType: 'text/calendar' }, 403: problemResponse('Wrong or revoked feed token'), 404: problemResponse('No such registration') },
  tables: { meetingRequests: 'read', registrations: 'read' },
  usesSigningSecret: true,
});

export const revokeAgendaFeedRoute = defineRoute({
  operationId: 'revokeAgendaFeed',
  method: 'POST',
  path: '/registrations/{registrationId}/agenda/feed/revoke',
  auth: 'manageToken',
  summary: 'Revoke your calendar feed URL and get a new one',
  tags: ['meetings'],
  request: { params: RegistrationPathParams },
  responses: { 200: { description: 'The new feed URL', schema: () => z.object({ feedUrl: z.string() }) }, ...participantErrors },
  tables: { registrations: 'readWrite' },
  usesSigningSecret: true,
});
