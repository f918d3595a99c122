import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';
import { queryAll } from '../organisers/partition-query';
import { pressAccreditationKey } from '../storage/keys';
import { writeTransaction } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { reviewEmails } from './press-emails';
import { eventPressPartition, type PressAccreditationRecord } from './press-record';

type Contact = EventDefinition['pressContacts'][number];

/** The contacts of `after` whose address `before` did not have (compared as decision links are: whatever the case). */
export function addedContacts(before: EventDefinition | undefined, after: EventDefinition): Contact[] {
  if (!before) return [];
  const known = new Set(before.pressContacts.map((contact) => contact.email.toLowerCase()));
  return after.pressContacts.filter((contact) => !known.has(contact.email.toLowerCase()));
}

/**
 * One request's review email to an added contact, with its email list, on condition it still waits for a decision
 * and was not sent to that address already (`reviewedBy`): two saves adding the same contact at once (a retried
 * PATCH, two organisers) send it once.
 */
async function sendReview(event: EventDefinition, contact: Contact, record: PressAccreditationRecord, now: Date): Promise<boolean> {
  const address = contact.email.toLowerCase();
  const emails = reviewEmails(event, [contact], record, now).map((message) => newConfirmation(message, record.accreditationId, now.toISOString()));
  const update = new UpdateBuilder()
    .append('emailIds', emails.map((email) => email.confirmationId))
    .append('reviewedBy', [address])
    .when((path, value) => `${path('status')} = ${value('pending')}`)
    .when((path, value) => `NOT contains(${path('reviewedBy')}, ${value(address)})`);
  const outcome = await writeTransaction([
    ...emails.map(putConfirmation),
    { Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: pressAccreditationKey(record.accreditationId), ...update.build() } },
  ]);
  return outcome.committed;
}

/**
 * A press contact added to the event (or whose address was corrected) gets every request still waiting for
 * a decision, with a link of their own, as the contacts at request time did: otherwise they could decide
 * only the requests made after the change. One transaction per request, after the event is saved (as the
 * promotions of a capacity rise): a request decided meanwhile is left out. Returns how many emails were sent.
 */
export async function reviewPendingWithAddedContacts(before: EventDefinition | undefined, after: EventDefinition, now: Date): Promise<number> {
  const contacts = addedContacts(before, after);
  if (contacts.length === 0) return 0;
  const pending = await queryAll<PressAccreditationRecord>({ tableName: runtimeConfig().REGISTRATIONS_TABLE, partition: eventPressPartition(after.id), sortKeyPrefix: 'pending#' });
  let sent = 0;
  for (const record of pending) {
    for (const contact of contacts) if (await sendReview(after, contact, record, now)) sent += 1;
  }
  return sent;
}
