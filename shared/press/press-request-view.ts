import type { PressAccreditationRecord } from './press-record';

/** The request as the pages behind press links show it: what the journalist sent (consent is implied, not shown), no storage fields. */
export function pressRequestView(record: PressAccreditationRecord) {
  const { pk: _pk, sk: _sk, gsi1pk: _g, gsi1sk: _s, entityType: _e, normalizedEmail: _n, emailIds: _i, expiresAt: _x, consent: _c, status, decision: _d, accreditationId, eventId, createdAt, updatedAt: _u, ...request } = record;
  return { accreditationId, eventId, status, request, createdAt };
}
