import { defineRoute } from '../../http/route-definition';
import { EventResponse } from '../event-api';
import { EventPathParams } from '../path-parameters';
import { problemResponse } from './problem-response';

export const getEventRoute = defineRoute({
  operationId: 'getEvent',
  method: 'GET',
  path: '/events/{eventId}',
  auth: 'public',
  summary: 'An event: dates, venue, sectors, clusters, programme and meeting slots',
  tags: ['events'],
  request: { params: EventPathParams },
  responses: { 200: { description: 'The event', schema: EventResponse }, 404: problemResponse('No such event') },
  tables: { registrations: 'read' },
});
