import { DomainError } from '../domain-error';
import type { EventDefinition } from './event-definition';
import { findEvent } from './event-repository';

/** The event, or a 404 naming it. */
export async function requireEvent(eventId: string): Promise<EventDefinition> {
  const event = await findEvent(eventId);
  if (event === undefined) throw new DomainError('not-found', 'event-not-found', `There is no event ${eventId}.`);
  return event;
}
