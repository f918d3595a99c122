import { getManagePageRoute } from '../shared/api/routes/manage-page';
import { httpHandler } from '../shared/http/http-handler';
import { managePageResult } from '../shared/pages/manage-page-result';
import { authorizeRegistration } from '../shared/registrations/authorize-registration';

/** Shows the registration; mail scanners follow links, so this changes nothing. */
export const handler = httpHandler(getManagePageRoute, async ({ params, query }) => {
  await authorizeRegistration(params.registrationId, query.token);
  return managePageResult(params.registrationId, false);
});
