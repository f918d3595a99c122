import { putAdminEventRoute } from '../shared/api/routes/admin/event-routes';
import { runtimeConfig } from '../shared/config/runtime-config';
import { DomainError } from '../shared/domain-error';
import { findEvent } from '../shared/events/event-repository';
import { validateBody } from '../shared/http/parse-request';
import { adminHandler } from '../shared/organisers/admin-handler';
import { saveEventSettings } from '../shared/organisers/event-settings';

export const handler = adminHandler(putAdminEventRoute, async ({ params, body: sent }) => {
  // Another id is named beside the definition's bad fields; alone, it is the problem type of its own.
  const id = typeof sent.value === 'object' && sent.value !== null ? (sent.value as { id?: unknown }).id : undefined;
  const otherId = typeof id === 'string' && id !== params.eventId ? [{ path: 'id', message: `must be ${params.eventId}` }] : [];
  const body = validateBody(putAdminEventRoute, sent, [], otherId);
  if (otherId.length > 0) throw new DomainError('invalid', 'event-id-mismatch', 'The definition must have the id of the path.', otherId);
  const existing = await findEvent(params.eventId);
  const existed = existing !== undefined;
  await saveEventSettings(runtimeConfig().REGISTRATIONS_TABLE, body, existing, existing?.capacity !== body.capacity, new Date());
  return { status: existed ? 200 : 201, body };
});
