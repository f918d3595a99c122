import { getPressDecisionPageRoute } from '../shared/api/routes/press-decision';
import { httpHandler } from '../shared/http/http-handler';
import { pageResult } from '../shared/pages/page-result';
import { pressDecisionPage } from '../shared/pages/press-decision-page';
import { authorizeDecision } from '../shared/press/authorize-decision';

/** Mail scanners follow links: this shows the request and changes nothing. */
export const handler = httpHandler(getPressDecisionPageRoute, async ({ params, query }) => {
  const { record, event, contact } = await authorizeDecision(params.accreditationId, query.token, new Date());
  return pageResult(pressDecisionPage({ event, record, language: contact.language }));
});
