import { patchAdminEventRoute } from '../shared/api/routes/admin/event-routes';
import { runtimeConfig } from '../shared/config/runtime-config';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { applySettings, saveEventSettings } from '../shared/organisers/event-settings';

export const handler = adminHandler(patchAdminEventRoute, async ({ params, body }) => {
  const changed = applySettings(await requireEvent(params.eventId), body);
  await saveEventSettings(runtimeConfig().REGISTRATIONS_TABLE, changed, body.capacity !== undefined, new Date());
  return { status: 200, body: changed };
});
