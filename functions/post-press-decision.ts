import { postPressDecisionRoute } from '../shared/api/routes/press-decision';
import { httpHandler } from '../shared/http/http-handler';
import type { HttpResult } from '../shared/http/http-result';
import { pageResult } from '../shared/pages/page-result';
import { pressDecisionPage } from '../shared/pages/press-decision-page';
import { decidePressAccreditation } from '../shared/press/decide-press-accreditation';
import type { PressAccreditationRecord } from '../shared/press/press-record';

function asJson(record: PressAccreditationRecord, decided: boolean): HttpResult {
  const decision = record.decision!;
  if (!decided) {
    return {
      status: 409,
      contentType: 'application/problem+json',
      body: {
        type: 'urn:rendezvous:problem:already-decided',
        title: 'Already decided',
        status: 409,
        detail: `${decision.decidedBy} ${decision.decision} this request at ${decision.decidedAt}.`,
      },
    };
  }
  return {
    status: 200,
    body: { accreditationId: record.accreditationId, status: record.status, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt, ...(decision.reason ? { reason: decision.reason } : {}) },
  };
}

/** The buttons of the decision page (a form) or a JSON client. The first decision wins; later ones get 409. */
export const handler = httpHandler(postPressDecisionRoute, async ({ body, headers, caller: { decision: context } }) => {
  const { decided, record } = await decidePressAccreditation(context, body, new Date());
  const fromForm = headers['content-type']?.startsWith('application/x-www-form-urlencoded') ?? false;
  if (!fromForm) return asJson(record, decided);
  return pageResult(pressDecisionPage({ event: context.event, record, language: context.contact.language }), decided ? 200 : 409);
});
