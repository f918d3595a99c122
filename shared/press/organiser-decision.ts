import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import type { OrganiserAuthorizerContext } from '../organisers/authorizer-policy';
import { log } from '../logging/logger';
import type { DecisionContext } from './authorize-decision';
import { organisersAddress } from './press-record';
import { findPressAccreditation } from './press-store';

/**
 * The decision context of an organiser deciding from the console. The organiser stands in for a
 * press contact with no address of its own, so every press contact gets the decision notice; the
 * journalist and the contacts read "Organisers" (a key names no person), the log names the key.
 */
export async function organiserDecisionContext(event: EventDefinition, accreditationId: string, organiser: OrganiserAuthorizerContext): Promise<DecisionContext> {
  const record = await findPressAccreditation(accreditationId);
  if (record?.eventId !== event.id) throw new DomainError('not-found', 'accreditation-not-found', 'This event has no such accreditation request.');
  log.info('press decision from the console', { accreditationId, keyId: organiser.keyId, sessionId: organiser.sessionId });
  const contact: DecisionContext['contact'] = { name: 'Organisers', organisation: event.name.en, email: organisersAddress, language: 'en' };
  return { record, event, contact, linkExpiresAt: '' };
}
