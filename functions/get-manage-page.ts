import { getManagePageRoute } from '../shared/api/routes/manage-page';
import { linkPageHandler } from '../shared/pages/link-page-handler';
import { movedToWebPage } from '../shared/pages/moved-to-web';
import { webPagePaths } from '../shared/web/page-links';

/** The manage link of older emails: on to the web page "my registration" (changes nothing). */
export const handler = linkPageHandler(getManagePageRoute, async ({ caller: { registration }, query }) =>
  movedToWebPage(webPagePaths.manage(registration.language, registration.registrationId, registration.eventId), query.token),
);
