import { putAdminEventRoute } from '../shared/api/routes/admin/event-routes';
import { runtimeConfig } from '../shared/config/runtime-config';
import { DomainError } from '../shared/domain-error';
import { findEvent } from '../shared/events/event-repository';
import { adminHandler } from '../shared/organisers/admin-handler';
import { saveEventSettings } from '../shared/organisers/event-settings';

export const handler = adminHandler(putAdminEventRoute, async ({ params, body }) => {
  if (body.id !== params.eventId) {
    throw new DomainError('invalid', 'event-id-mismatch', 'The definition must have the id of the path.', [{ path: 'id', message: `must be ${params.eventId}` }]);
  }
  const existing = await findEvent(params.eventId);
  const existed = existing !== undefined;
  await saveEventSettings(runtimeConfig().REGISTRATIONS_TABLE, body, existing?.capacity !== body.capacity, new Date());
  return { status: existed ? 200 : 201, body };
});
