import { defineRoute } from '../../../http/route-definition';
import { FreeSlotsQuery, FreeSlotsView, MyMeetingRequestsView } from '../../meeting-api';
import { RegistrationPathParams } from '../../registration-parameters';
import { problemResponse } from '../problem-response';
import { participantErrors } from './participant-errors';


export const getFreeMeetingSlotsRoute = defineRoute({
  operationId: 'getFreeMeetingSlots',
  method: 'GET',
  path: '/registrations/{registrationId}/meeting-slots',
  auth: 'directoryLink',
  summary: 'Meeting slots free for you, and with `with` for both of you (the slots to propose in a request); says nothing else of the other agenda',
  tags: ['meetings'],
  request: { params: RegistrationPathParams, query: FreeSlotsQuery },
  responses: { 200: { description: 'The free slots, in the event’s order', schema: FreeSlotsView }, 409: problemResponse('Yourself, or a participant not confirmed or not listed'), ...participantErrors },
  tables: { meetingRequests: 'read', registrations: 'read' },
  usesSigningSecret: true,
});

export const listMyMeetingRequestsRoute = defineRoute({
  operationId: 'listMyMeetingRequests',
  method: 'GET',
  path: '/registrations/{registrationId}/meeting-requests',
  auth: 'manageToken',
  summary: 'Your meeting requests, incoming and outgoing, in every status, newest first, with the other side’s name and organisation',
  tags: ['meetings'],
  request: { params: RegistrationPathParams },
  responses: { 200: { description: 'Your meeting requests', schema: MyMeetingRequestsView }, ...participantErrors },
  tables: { meetingRequests: 'read', registrations: 'read' },
  usesSigningSecret: true,
});
