import type { HttpResult } from '../http/http-result';
import { problems } from '../http/problem';
import type { DecisionContext } from './authorize-decision';
import type { DecisionOutcome } from './decide-press-accreditation';
import { pressRequestView } from './press-request-view';
import { isOrganiserDecision, type PressDecisionRecord } from './press-record';

/** Who decided and when; `byOrganisers` for a decision from the console, which a page words in its reader's language. */
function decisionView(decision: PressDecisionRecord) {
  return {
    decision: decision.decision,
    decidedBy: decision.decidedBy,
    decidedAt: decision.decidedAt,
    ...(decision.reason ? { reason: decision.reason } : {}),
    ...(isOrganiserDecision(decision) ? { byOrganisers: true } : {}),
  };
}

/** The accreditation request in full for the press contact holding its decision link (consent is implied, not shown). */
export function pressReview({ record, linkExpiresAt }: DecisionContext) {
  const { decision } = record;
  return {
    ...pressRequestView(record),
    ...(decision ? { decision: decisionView(decision) } : {}),
    linkExpiresAt,
  };
}

/** A decision as JSON: 200 with the decision, or 409 naming who decided first (thrown, so the wrapper names the request in `instance`). */
export function decisionJson({ decided, record }: DecisionOutcome): HttpResult {
  const decision = record.decision!;
  if (!decided) throw problems.conflict('already-decided', 'Already decided', `${decision.decidedBy} ${decision.decision} this request at ${decision.decidedAt}.`);
  return {
    status: 200,
    body: { accreditationId: record.accreditationId, status: record.status, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt, ...(decision.reason ? { reason: decision.reason } : {}) },
  };
}
