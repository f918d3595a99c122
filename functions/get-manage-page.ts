import { getManagePageRoute } from '../shared/api/routes/manage-page';
import { httpHandler } from '../shared/http/http-handler';
import { managePageResult } from '../shared/pages/manage-page-result';

/** Shows the registration; mail scanners follow links, so this changes nothing. */
export const handler = httpHandler(getManagePageRoute, async ({ caller }) => managePageResult(caller.registration.registrationId, false));
