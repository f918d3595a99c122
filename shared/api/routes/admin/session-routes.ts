import { lazySchema } from '../../../openapi/lazy-schema';
import * as z from 'zod/mini';
import { sessionIdParameter } from '../../path-parameters';
import { defineRoute } from '../../../http/route-definition';
import { problemResponse } from '../problem-response';
import { AdminEventParams, adminProblems } from './admin-schemas';
import { withMeta } from '../../../openapi/schema-metadata';

export const createOrganiserSessionRoute = defineRoute({
  operationId: 'createOrganiserSession',
  method: 'POST',
  path: '/admin/events/{eventId}/sessions',
  auth: 'organiserKey',
  summary: 'Console sign-in: exchange the organiser key (Bearer) for a short-lived session token',
  tags: ['admin'],
  request: { params: AdminEventParams },
  responses: {
    201: {
      description: 'The session token, shown once; send it as `Authorization: Bearer` on the admin routes of this event until it expires or is revoked',
      schema: lazySchema(() => withMeta(z.object({ sessionId: z.string(), token: z.string(), expiresAt: z.iso.datetime() }), { id: 'OrganiserSession' })),
    },
    ...adminProblems,
    403: problemResponse('An organiser key of another event, or a session token (only the key opens a session)'),
  },
  tables: { registrations: 'readWrite' },
});

export const deleteOrganiserSessionRoute = defineRoute({
  operationId: 'deleteOrganiserSession',
  method: 'DELETE',
  path: '/admin/events/{eventId}/sessions/{sessionId}',
  auth: 'organiserKey',
  summary: 'Console sign-out: revoke a session of this event at once (the session itself, or any with the organiser key)',
  tags: ['admin'],
  request: { params: lazySchema(() => z.extend(AdminEventParams(), { sessionId: sessionIdParameter() })) },
  responses: {
    204: { description: 'Revoked (revoking a revoked session again is a no-op)' },
    400: problemResponse('Invalid session id'),
    ...adminProblems,
    404: problemResponse('No such session for this event'),
  },
  tables: { registrations: 'readWrite' },
});
