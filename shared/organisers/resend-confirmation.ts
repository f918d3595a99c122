import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { namesErasedPerson } from '../confirmations/mentions';
import { newConfirmation, putConfirmation, type ConfirmationRecord } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import { dynamo } from '../storage/dynamo-client';
import { confirmationKey } from '../storage/keys';
import { writeTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { emailSubjectKey } from './email-subject';
import { supersededBy } from './superseded-email';
import { isUndeliverable } from './undeliverable-address';

async function findConfirmation(eventId: string, confirmationId: string): Promise<ConfirmationRecord> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: runtimeConfig().CONFIRMATIONS_TABLE, Key: confirmationKey(confirmationId), ConsistentRead: true }));
  if (Item === undefined || Item.eventId !== eventId) throw new DomainError('not-found', 'email-not-found', 'There is no such email for this event.');
  return Item as ConfirmationRecord;
}

/** Adds the copy to its subject's email list, if the subject keeps one and was not erased meanwhile. */
function recordOnSubject(original: ConfirmationRecord, copyId: string): TransactionItem[] {
  const key = emailSubjectKey(original.message.kind, original.subjectId);
  if (!key) return [];
  const update = new UpdateBuilder().append('emailIds', [copyId]).when((path) => `attribute_exists(${path('pk')}) AND attribute_not_exists(${path('erasedAt')})`);
  return [{ Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: key, ...update.build() } }];
}

/**
 * Sends an email of the event again: a new outbox record with the same message (its links made
 * afresh by the mailer), so the original keeps its own delivery history. Refused for an erased
 * person, for an email showing somebody who erased their data (its names are blank, its links
 * lead to what erasure cancelled), for an address that hard-bounced, and for an email its subject has moved
 * past (superseded-email.ts: a confirmation after a cancellation, a meeting's invitation after a move).
 */
export async function resendConfirmation(eventId: string, confirmationId: string, now = new Date()): Promise<ConfirmationRecord> {
  const original = await findConfirmation(eventId, confirmationId);
  const email = original.message.recipient.email;
  if (email === '') throw new DomainError('conflict', 'recipient-erased', 'The person this email was for has erased their data.');
  if (namesErasedPerson(original.message)) throw new DomainError('conflict', 'names-erased-person', 'This email is about somebody who has erased their data.');
  if (await isUndeliverable(eventId, email)) {
    throw new DomainError('conflict', 'address-undeliverable', 'This address hard-bounced; mail to it would bounce again.');
  }
  const superseded = await supersededBy(original);
  if (superseded) {
    throw new DomainError('conflict', 'email-superseded', `This email no longer says how things stand (now: ${superseded}); sending it again would mislead its recipient.`);
  }
  const copy = newConfirmation(original.message, original.subjectId, now.toISOString());
  const outcome = await writeTransaction([putConfirmation(copy), ...recordOnSubject(original, copy.confirmationId)]);
  if (!outcome.committed) throw new DomainError('conflict', 'recipient-erased', 'The person this email was for has erased their data.');
  return copy;
}
