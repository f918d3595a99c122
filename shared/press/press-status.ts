import type { PressStatusContext } from './authorize-press-status';

/**
 * The request for the journalist holding its status link. Not who decided: the press contacts'
 * names and addresses stay with the organisers (the emails name the contacts to write to).
 */
export function pressStatus({ record, linkExpiresAt }: PressStatusContext) {
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, entityType: _e, normalizedEmail: _n, emailIds: _i, expiresAt: _x, consent: _c, status, decision, accreditationId, eventId, createdAt, updatedAt: _u, ...request } = record;
  return {
    accreditationId,
    eventId,
    status,
    request,
    createdAt,
    ...(decision ? { decision: { decision: decision.decision, decidedAt: decision.decidedAt, ...(decision.reason ? { reason: decision.reason } : {}) } } : {}),
    linkExpiresAt,
  };
}
