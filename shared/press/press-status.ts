import type { PressStatusContext } from './authorize-press-status';
import { pressRequestView } from './press-request-view';

/**
 * The request for the journalist holding its status link. Not who decided: the press contacts'
 * names and addresses stay with the organisers (the emails name the contacts to write to).
 */
export function pressStatus({ record, linkExpiresAt }: PressStatusContext) {
  const { decision } = record;
  return {
    ...pressRequestView(record),
    ...(decision ? { decision: { decision: decision.decision, decidedAt: decision.decidedAt, ...(decision.reason ? { reason: decision.reason } : {}) } } : {}),
    linkExpiresAt,
  };
}
