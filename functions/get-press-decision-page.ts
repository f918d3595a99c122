import { getPressDecisionPageRoute } from '../shared/api/routes/press-decision';
import { linkPageHandler } from '../shared/pages/link-page-handler';
import { movedToWebPage } from '../shared/pages/moved-to-web';
import { webPagePaths } from '../shared/web/page-links';

/** The decision link of older emails: on to the web decision page in the contact's language (changes nothing). */
export const handler = linkPageHandler(getPressDecisionPageRoute, async ({ caller: { decision }, query }) =>
  movedToWebPage(webPagePaths.pressDecision(decision.contact.language, decision.record.accreditationId), query.token),
);
