import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import { minimumLinkLifetimeDays } from '../confirmations/link-lifetimes';
import type { PressDecision } from '../email/email-message';
import type { EventDefinition } from '../events/event-definition';
import { pressStatusLink } from './press-status-link';
import { isOrganiserDecision, pressEmailData, type PressAccreditationRecord, type PressDecisionRecord } from './press-record';

const journalist = (record: PressAccreditationRecord) => ({
  email: record.email,
  name: `${record.firstName} ${record.lastName}`,
  language: record.language,
});

/** One review request, with a personal decision link, to each of `contacts` (the event's, or those added since the request). */
export function reviewEmails(event: EventDefinition, contacts: EventDefinition['pressContacts'], record: PressAccreditationRecord, now: Date): StoredEmailMessage[] {
  const data = pressEmailData(record);
  // The mailer signs the link when sending, for at least as long again from then (link-lifetimes.ts).
  const expiresAt = new Date(now.getTime() + minimumLinkLifetimeDays['press-decision'] * 24 * 3600 * 1000).toISOString();
  return contacts.map(
    (contact): StoredEmailMessage => ({
      kind: 'press-review-requested',
      recipient: { email: contact.email, name: contact.name, language: contact.language },
      eventId: event.id,
      data: { ...data, decisionLinkExpiresAt: expiresAt },
      link: { type: 'press-decision', accreditationId: record.accreditationId, contactEmail: contact.email, expiresAt },
    }),
  );
}

/** The acknowledgement to the journalist and one review request, with a personal link, to each press contact. */
export function requestEmails(event: EventDefinition, record: PressAccreditationRecord, now: Date): StoredEmailMessage[] {
  const received: StoredEmailMessage = { kind: 'press-request-received', recipient: journalist(record), eventId: event.id, data: pressEmailData(record), link: pressStatusLink(event, record.accreditationId) };
  return [received, ...reviewEmails(event, event.pressContacts, record, now)];
}

/** The outcome to the journalist and a notice to every other press contact. */
export function decisionEmails(event: EventDefinition, record: PressAccreditationRecord, decision: PressDecisionRecord): StoredEmailMessage[] {
  const data = pressEmailData(record);
  const reason = decision.reason ? { reason: decision.reason } : {};
  const statusLink = pressStatusLink(event, record.accreditationId);
  const outcome: StoredEmailMessage =
    decision.decision === 'approved'
      ? { kind: 'press-approved', recipient: journalist(record), eventId: event.id, data: { ...data, decidedBy: decision.decidedBy }, link: statusLink }
      : { kind: 'press-rejected', recipient: journalist(record), eventId: event.id, data: { ...data, decidedBy: decision.decidedBy, ...reason }, link: statusLink };
  const notices = event.pressContacts
    .filter((contact) => contact.email.toLowerCase() !== decision.decidedByEmail.toLowerCase())
    .map(
      (contact): StoredEmailMessage => ({
        kind: 'press-decision-notice',
        recipient: { email: contact.email, name: contact.name, language: contact.language },
        eventId: event.id,
        data: { ...data, decision: decision.decision as PressDecision, decidedBy: decision.decidedBy, decidedAt: decision.decidedAt, ...reason, ...(isOrganiserDecision(decision) ? { byOrganisers: true } : {}) },
      }),
    );
  return [outcome, ...notices];
}
