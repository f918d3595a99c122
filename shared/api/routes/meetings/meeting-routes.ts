import { defineRoute, type RouteDefinition } from '../../../http/route-definition';
import type { LazySchema } from '../../../openapi/lazy-schema';
import { EventPathParams } from '../../path-parameters';
import {
  AcceptBody,
  AgendaView,
  DeclineBody,
  DirectoryPage,
  DirectoryQuery,
  MeetingPathParams,
  MeetingRequestBody,
  MeetingView,
  RescheduleBody,
} from '../../meeting-api';
import { RecommendationsQuery, RecommendationsView } from '../../recommendation-api';
import { RegistrationPathParams } from '../../registration-parameters';
import { problemResponse } from '../problem-response';
import { participantErrors } from './participant-errors';

const meetingTables = { meetingRequests: 'readWrite', registrations: 'read', confirmations: 'readWrite' } as const;

export const listParticipantsRoute = defineRoute({
  operationId: 'listParticipants',
  method: 'GET',
  path: '/events/{eventId}/participants',
  auth: 'directoryLink',
  summary: 'The participant directory (confirmed participants who opted in), filtered, by cursor',
  tags: ['meetings'],
  // A sector is the event's: checked with the query's other fields, in one answer (functions/list-participants.ts).
  request: { params: EventPathParams, query: DirectoryQuery, queryValidatedBy: 'implementation' },
  responses: { 200: { description: 'A page of participants', schema: DirectoryPage }, ...participantErrors },
  tables: { registrations: 'read' },
  usesSigningSecret: true,
});

export const createMeetingRequestRoute = defineRoute({
  operationId: 'createMeetingRequest',
  method: 'POST',
  path: '/events/{eventId}/meeting-requests',
  auth: 'directoryLink',
  summary: 'Ask a participant for a B2B meeting in one of up to 5 slots',
  tags: ['meetings'],
  // The slots are the event's: checked with the body's other fields, in one answer (functions/create-meeting-request.ts).
  request: { params: EventPathParams, body: MeetingRequestBody, bodyValidatedBy: 'implementation' },
  responses: { 201: { description: 'Requested; the recipient is emailed', schema: MeetingView }, 400: problemResponse('Invalid fields'), 409: problemResponse('Yourself, not confirmed or listed, already pending, or over the quota'), ...participantErrors },
  tables: meetingTables,
  usesSigningSecret: true,
});

export const getMeetingRequestRoute = defineRoute({
  operationId: 'getMeetingRequest',
  method: 'GET',
  path: '/meeting-requests/{meetingRequestId}',
  auth: 'manageToken',
  summary: 'A meeting request (either participant)',
  tags: ['meetings'],
  request: { params: MeetingPathParams },
  responses: { 200: { description: 'The meeting request', schema: MeetingView }, ...participantErrors },
  tables: { meetingRequests: 'read', registrations: 'read' },
  usesSigningSecret: true,
});

/** The four actions on one meeting request share everything but their name, body and rule. */
const meetingAction = <const O extends string, const B extends LazySchema | undefined>(operationId: O, action: string, summary: string, body: B) =>
  defineRoute({
    operationId,
    method: 'POST',
    path: `/meeting-requests/{meetingRequestId}/${action}`,
    auth: 'manageToken',
    summary,
    tags: ['meetings'],
    request: { params: MeetingPathParams, ...(body ? { body } : {}) } as { params: typeof MeetingPathParams; body: B },
    responses: { 200: { description: 'The meeting request after the change', schema: MeetingView }, 409: problemResponse('Not possible now: the reason says why; nothing was written'), ...participantErrors },
    tables: meetingTables,
    usesSigningSecret: true,
  } satisfies RouteDefinition);

export const acceptMeetingRequestRoute = meetingAction('acceptMeetingRequest', 'accept', 'Accept (recipient): in a slot → confirmed with a table; without → accepted, to be scheduled', AcceptBody);
export const declineMeetingRequestRoute = meetingAction('declineMeetingRequest', 'decline', 'Decline (recipient), optionally with a reason', DeclineBody);
export const cancelMeetingRequestRoute = meetingAction('cancelMeetingRequest', 'cancel', 'Cancel (either participant, also after confirmation)', undefined);
export const rescheduleMeetingRequestRoute = meetingAction('rescheduleMeetingRequest', 'reschedule', 'Move a confirmed meeting to another slot (either participant)', RescheduleBody);

export const getAgendaRoute = defineRoute({
  operationId: 'getAgenda',
  method: 'GET',
  path: '/registrations/{registrationId}/agenda',
  auth: 'manageToken',
  summary: 'Your confirmed meetings and chosen programme items, in time order, and your calendar feed URL',
  tags: ['meetings'],
  request: { params: RegistrationPathParams },
  responses: { 200: { description: 'The agenda', schema: AgendaView }, ...participantErrors },
  tables: { meetingRequests: 'read', registrations: 'read' },
  usesSigningSecret: true,
});

export const getRecommendationsRoute = defineRoute({
  operationId: 'getRecommendations',
  method: 'GET',
  path: '/registrations/{registrationId}/recommendations',
  auth: 'directoryLink',
  summary: 'Who you should meet, best first, each with the reasons (docs/matchmaking.md); only people in the directory, never an email or phone',
  tags: ['meetings'],
  request: { params: RegistrationPathParams, query: RecommendationsQuery },
  responses: { 200: { description: 'Your recommendations', schema: RecommendationsView }, ...participantErrors },
  tables: { registrations: 'read', meetingRequests: 'read' },
  usesSigningSecret: true,
});
