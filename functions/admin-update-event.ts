import { patchAdminEventRoute } from '../shared/api/routes/admin/event-routes';
import { runtimeConfig } from '../shared/config/runtime-config';
import { requireEvent } from '../shared/events/require-event';
import { validateBody } from '../shared/http/parse-request';
import { adminHandler } from '../shared/organisers/admin-handler';
import { applySettings, saveEventSettings, settingsChangeErrors } from '../shared/organisers/event-settings';
import { guardSettingsChange } from '../shared/organisers/settings-guards';

export const handler = adminHandler(patchAdminEventRoute, async ({ params, body: sent }) => {
  const current = await requireEvent(params.eventId);
  const body = validateBody(patchAdminEventRoute, sent, settingsChangeErrors(current, sent.value));
  const changed = applySettings(current, body);
  await guardSettingsChange(current, changed);
  await saveEventSettings(runtimeConfig().REGISTRATIONS_TABLE, changed, current, body.capacity !== undefined, new Date());
  return { status: 200, body: changed };
});
