import { putAdminEventRoute } from '../shared/api/routes/admin/event-routes';
import { runtimeConfig } from '../shared/config/runtime-config';
import { DomainError } from '../shared/domain-error';
import { findEvent, saveEventDefinition } from '../shared/events/event-repository';
import { adminHandler } from '../shared/organisers/admin-handler';
import { checkCapacity } from '../shared/organisers/event-settings';

export const handler = adminHandler(putAdminEventRoute, async ({ params, body }) => {
  if (body.id !== params.eventId) {
    throw new DomainError('invalid', 'event-id-mismatch', 'The definition must have the id of the path.', [{ path: 'id', message: `must be ${params.eventId}` }]);
  }
  const existed = (await findEvent(params.eventId)) !== undefined;
  if (existed) await checkCapacity(body);
  await saveEventDefinition(runtimeConfig().REGISTRATIONS_TABLE, body);
  return { status: existed ? 200 : 201, body };
});
