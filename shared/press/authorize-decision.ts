import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { requireEvent } from '../events/require-event';
import type { CallerOf, Credentials } from '../http/caller';
import { requireLinkToken } from '../http/bearer-token';
import { checkDecisionToken } from '../security/decision-token';
import type { PressAccreditationRecord } from './press-record';
import { findPressAccreditation } from './press-store';

export interface DecisionContext {
  record: PressAccreditationRecord;
  event: EventDefinition;
  contact: EventDefinition['pressContacts'][number];
  /** When the link stops working. */
  linkExpiresAt: string;
}

/**
 * Who is deciding, from the link's signed token: tampered, malformed or expired links are 401,
 * a link for another accreditation or from someone no longer a press contact is 403.
 */
export async function authorizeDecision(accreditationId: string, token: string, now: Date): Promise<DecisionContext> {
  const check = await checkDecisionToken(token, accreditationId, now);
  if (!check.valid) {
    if (check.reason === 'other-accreditation') throw new DomainError('forbidden', 'foreign-decision-link', 'This link is for another accreditation request.');
    // Two types, as for answer and directory links: the page tells "expired" from "not valid" by the type, never the English detail.
    if (check.reason === 'expired') throw new DomainError('unauthorized', 'expired-decision-link', 'This decision link has expired.');
    throw new DomainError('unauthorized', 'invalid-decision-link', 'This decision link is not valid.');
  }
  const record = await findPressAccreditation(accreditationId);
  if (!record) throw new DomainError('not-found', 'accreditation-not-found', 'There is no such accreditation request.');
  const event = await requireEvent(record.eventId);
  const contact = event.pressContacts.find((candidate) => candidate.email.toLowerCase() === check.claims.contactEmail.toLowerCase());
  if (!contact) throw new DomainError('forbidden', 'not-a-press-contact', 'This link belongs to someone who is no longer a press contact of the event.');
  return { record, event, contact, linkExpiresAt: check.claims.expiresAt };
}

/** `decisionLink` routes: the decision token (link query or Bearer) of the path's accreditation request. */
export async function decisionLinkCaller(credentials: Credentials): Promise<CallerOf<'decisionLink'>> {
  const token = requireLinkToken(credentials);
  return { kind: 'decisionLink', decision: await authorizeDecision(credentials.params.accreditationId ?? '', token, new Date()) };
}
