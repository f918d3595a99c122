import { decideAdminPressRoute } from '../shared/api/routes/admin/decide-admin-press';
import { requireEvent } from '../shared/events/require-event';
import { adminHandler } from '../shared/organisers/admin-handler';
import { decidePressAccreditation } from '../shared/press/decide-press-accreditation';
import { organiserDecisionContext } from '../shared/press/organiser-decision';
import { decisionJson } from '../shared/press/press-review';

/** The first decision wins, whether it comes from the console or a press contact's link; later ones get 409 naming who decided. */
export const handler = adminHandler(decideAdminPressRoute, async ({ params, body, organiser }) => {
  const context = await organiserDecisionContext(await requireEvent(params.eventId), params.accreditationId, organiser);
  return decisionJson(await decidePressAccreditation(context, body, new Date()));
});
