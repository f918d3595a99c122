import { patchAdminEventRoute } from '../shared/api/routes/admin/event-routes';
import { runtimeConfig } from '../shared/config/runtime-config';
import { saveEventDefinition } from '../shared/events/event-repository';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { applySettings, checkCapacity } from '../shared/organisers/event-settings';

export const handler = adminHandler(patchAdminEventRoute, async ({ params, body }) => {
  const changed = applySettings(await requireEvent(params.eventId), body);
  if (body.capacity !== undefined) await checkCapacity(changed);
  await saveEventDefinition(runtimeConfig().REGISTRATIONS_TABLE, changed);
  return { status: 200, body: changed };
});
