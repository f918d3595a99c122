import { postPressDecisionRoute } from '../shared/api/routes/press-decision';
import { httpHandler } from '../shared/http/http-handler';
import { pageResult } from '../shared/pages/page-result';
import { pressDecisionPage } from '../shared/pages/press-decision-page';
import { decidePressAccreditation } from '../shared/press/decide-press-accreditation';
import { decisionJson } from '../shared/press/press-review';

/** The buttons of the decision page (a form) or a JSON client. The first decision wins; later ones get 409. */
export const handler = httpHandler(postPressDecisionRoute, async ({ body, headers, caller: { decision: context } }) => {
  const outcome = await decidePressAccreditation(context, body, new Date());
  const { decided, record } = outcome;
  const fromForm = headers['content-type']?.startsWith('application/x-www-form-urlencoded') ?? false;
  if (!fromForm) return decisionJson(outcome);
  return pageResult(pressDecisionPage({ event: context.event, record, language: context.contact.language }), decided ? 200 : 409);
});
