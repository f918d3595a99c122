import type { RecommendationsView } from '../../api/recommendation-api';
import type { StoredEmailMessage } from '../../confirmations/confirmation-record';
import type { ParticipantProfile } from '../../email/email-message';
import type { EventDefinition } from '../../events/event-definition';
import { recipientOf } from '../../meetings/participants';
import type { RegistrationRecord } from '../../registrations/registration-record';

const dayMs = 24 * 3600 * 1000;

/**
 * The digest's links work until the day after the event's last day (UTC), as answer links do: after that
 * there is no one left to meet. The mailer signs them for at least their minimum lifetime from sending
 * (confirmations/link-lifetimes.ts), so a digest of a past event does not arrive with dead links.
 */
export const directoryLinkExpiry = (event: Pick<EventDefinition, 'endDate'>): string => new Date(Date.parse(`${event.endDate}T00:00:00Z`) + 2 * dayMs).toISOString();

type Listed = RecommendationsView['recommendations'][number];

/** A directory entry as an email shows it: the same public fields, never email or phone (the entry has none). */
const profileOf = ({ participant }: Listed): ParticipantProfile => ({
  registrationId: participant.registrationId,
  firstName: participant.firstName,
  lastName: participant.lastName,
  organisation: participant.organisation,
  ...(participant.cluster ? { cluster: participant.cluster } : {}),
  country: participant.country,
  participantType: participant.participantType,
  sectors: participant.sectors,
  offer: participant.offer,
  request: participant.request,
});

/** The digest as the outbox stores it: the reader's shown recommendations, the links as a spec the mailer signs. */
export function digestMessage(event: EventDefinition, reader: RegistrationRecord, round: string, listed: readonly Listed[]): StoredEmailMessage {
  return {
    kind: 'recommendation-digest',
    recipient: recipientOf(reader),
    eventId: event.id,
    data: { registrationId: reader.registrationId, round, people: listed.map((entry) => ({ profile: profileOf(entry), reasons: entry.reasons })) },
    link: { type: 'directory', eventId: event.id, registrationId: reader.registrationId, tokenVersion: reader.tokenVersion, expiresAt: directoryLinkExpiry(event) },
  };
}
