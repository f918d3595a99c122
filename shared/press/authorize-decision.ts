import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { requireEvent } from '../events/require-event';
import type { CallerOf, Credentials } from '../http/caller';
import { requireLinkToken } from '../http/bearer-token';
import { decisionToken } from '../security/decision-token';
import type { PressAccreditationRecord } from './press-record';
import { requirePressAccreditation } from './press-store';

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
  const claims = await decisionToken.authorize(token, now, accreditationId);
  const record = await requirePressAccreditation(accreditationId);
  const event = await requireEvent(record.eventId);
  const contact = event.pressContacts.find((candidate) => candidate.email.toLowerCase() === claims.contactEmail.toLowerCase());
  if (!contact) throw new DomainError('forbidden', 'not-a-press-contact', 'This link belongs to someone who is no longer a press contact of the event.');
  return { record, event, contact, linkExpiresAt: claims.expiresAt };
}

/** `decisionLink` routes: the decision token (link query or Bearer) of the path's accreditation request. */
export async function decisionLinkCaller(credentials: Credentials): Promise<CallerOf<'decisionLink'>> {
  const token = requireLinkToken(credentials);
  return { kind: 'decisionLink', decision: await authorizeDecision(credentials.params.accreditationId ?? '', token, new Date()) };
}
