import { EventDefinition } from '../../../events/event-definition';
import { lazySchema } from '../../../openapi/lazy-schema';
import { defineRoute } from '../../../http/route-definition';
import { EventSettingsChange } from '../../../organisers/event-settings-schema';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';

const AdminEventDefinition = lazySchema(() => withMeta(EventDefinition, { id: 'EventDefinition' }));

export const getAdminEventRoute = defineRoute({
  operationId: 'getAdminEvent',
  method: 'GET',
  path: '/admin/events/{eventId}',
  auth: 'organiserKey',
  summary: "The event's full definition and settings (recipients, press contacts, schedules included)",
  tags: ['admin'],
  request: { params: AdminEventParams },
  responses: { 200: { description: 'The definition', schema: AdminEventDefinition }, ...adminProblems, 404: problemResponse('No such event') },
  tables: { registrations: 'read' },
});

export const putAdminEventRoute = defineRoute({
  operationId: 'putAdminEvent',
  method: 'PUT',
  path: '/admin/events/{eventId}',
  auth: 'organiserKey',
  summary: 'Create the event (with a key made for its id beforehand) or replace its whole definition',
  tags: ['admin'],
  // Another id than the path's is named with the definition's bad fields, in one 400 (functions/admin-put-event.ts).
  request: { params: AdminEventParams, body: AdminEventDefinition, bodyValidatedBy: 'implementation' },
  responses: {
    200: { description: 'Replaced', schema: AdminEventDefinition },
    201: { description: 'Created', schema: AdminEventDefinition },
    400: problemResponse('Invalid definition, each field named in errors[]'),
    ...adminProblems,
    409: problemResponse('The capacity is below the seats already confirmed'),
  },
  // confirmations: the emails of the people a capacity rise promotes and of the press requests sent to contacts added.
  tables: { registrations: 'readWrite', confirmations: 'readWrite' },
});

export const patchAdminEventRoute = defineRoute({
  operationId: 'updateAdminEventSettings',
  method: 'PATCH',
  path: '/admin/events/{eventId}',
  auth: 'organiserKey',
  summary: 'Change capacity, deadline, programme places, meeting slots and tables, press contacts, organiser recipients or summary schedules',
  tags: ['admin'],
  // What the change breaks in the event is named with the body's malformed fields, in one 400 (functions/admin-update-event.ts).
  request: { params: AdminEventParams, body: EventSettingsChange, bodyValidatedBy: 'implementation' },
  responses: {
    200: { description: 'The event as changed', schema: AdminEventDefinition },
    400: problemResponse('Invalid settings, each field named in errors[]'),
    ...adminProblems,
    404: problemResponse('No such event'),
    409: problemResponse('Below what is booked, each field named: capacity under the confirmed seats, programme places under those taken, a removed slot holding placed meetings, fewer tables than one in use'),
  },
  // meetingRequests: the slots' table sets, read to refuse removing a slot that holds meetings. confirmations:
  // the emails of the people a capacity rise promotes and of the press requests sent to contacts added.
  tables: { registrations: 'readWrite', meetingRequests: 'read', confirmations: 'readWrite' },
});
