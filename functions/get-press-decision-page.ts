import { getPressDecisionPageRoute } from '../shared/api/routes/press-decision';
import { httpHandler } from '../shared/http/http-handler';
import { pageResult } from '../shared/pages/page-result';
import { pressDecisionPage } from '../shared/pages/press-decision-page';

/** Mail scanners follow links: this shows the request and changes nothing. */
export const handler = httpHandler(getPressDecisionPageRoute, async ({ caller: { decision } }) => {
  const { record, event, contact } = decision;
  return pageResult(pressDecisionPage({ event, record, language: contact.language }));
});
