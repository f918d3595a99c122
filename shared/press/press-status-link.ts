import type { LinkSpec } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';

const dayMs = 24 * 3600 * 1000;

/**
 * Until when the journalist's status link works: the day after the event's last day (UTC, which
 * covers every time zone), like the answer and digest links. After the event the status says nothing new;
 * the mailer still signs it for at least its minimum lifetime from sending (confirmations/link-lifetimes.ts).
 */
export function pressStatusLinkExpiry(event: Pick<EventDefinition, 'endDate'>): string {
  return new Date(Date.parse(`${event.endDate}T00:00:00Z`) + 2 * dayMs).toISOString();
}

/** The status link of the journalist's emails, as the outbox stores it (the mailer signs it when sending). */
export const pressStatusLink = (event: Pick<EventDefinition, 'endDate'>, accreditationId: string): LinkSpec => ({
  type: 'press-status',
  accreditationId,
  expiresAt: pressStatusLinkExpiry(event),
});
