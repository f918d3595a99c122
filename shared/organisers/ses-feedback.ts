import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { confirmationStatusSortKey, type ConfirmationRecord, type ConfirmationStatus } from '../confirmations/confirmation-record';
import { dynamo } from '../storage/dynamo-client';
import { normalizeEmail } from '../registrations/normalize-email';
import { confirmationKey, registrationEmailKey, registrationKey, sesMessageKey } from '../storage/keys';
import { writeNamedTransactionRetryingConflicts, type TransactionItem } from '../storage/transactions';
import { emailMoved } from './dashboard-deltas';
import { UpdateBuilder } from '../storage/update-builder';
import { putUndeliverable } from './undeliverable-address';

/** The parts of an SES event-publishing notification we use (configuration set → SNS). */
export interface SesNotification {
  eventType: string;
  mail: { messageId: string };
  bounce?: { bounceType: string; bounceSubType?: string; bouncedRecipients?: { emailAddress: string; diagnosticCode?: string }[]; timestamp?: string };
  complaint?: { complaintFeedbackType?: string; timestamp?: string };
  delivery?: { timestamp?: string };
}

export type FeedbackOutcome = 'updated' | 'unchanged' | 'ignored';

interface Change {
  status: ConfirmationStatus;
  /** Statuses the email may be in for this change to apply (feedback can arrive twice or late). */
  from: ConfirmationStatus[];
  detail?: string;
  hardBounce: boolean;
}

function changeFor(notification: SesNotification): Change | undefined {
  switch (notification.eventType) {
    case 'Delivery':
      return { status: 'delivered', from: ['sent'], hardBounce: false };
    case 'Bounce': {
      const bounce = notification.bounce;
      const diagnostic = bounce?.bouncedRecipients?.[0]?.diagnosticCode;
      const detail = `Bounce ${bounce?.bounceType ?? '?'}/${bounce?.bounceSubType ?? '?'}${diagnostic ? `: ${diagnostic}` : ''}`.slice(0, 500);
      return { status: 'bounced', from: ['sent', 'delivered'], detail, hardBounce: bounce?.bounceType === 'Permanent' };
    }
    case 'Complaint':
      return { status: 'complained', from: ['sent', 'delivered'], detail: `Complaint ${notification.complaint?.complaintFeedbackType ?? ''}`.trim(), hardBounce: false };
    default:
      return undefined;
  }
}

async function getItem<T>(tableName: string, key: Record<string, string>): Promise<T | undefined> {
  return (await dynamo().send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item as T | undefined;
}

function statusUpdate(record: ConfirmationRecord, change: Change, now: string): TransactionItem {
  const update = new UpdateBuilder()
    .set('status', change.status)
    .set('updatedAt', now)
    .set('gsi1sk', confirmationStatusSortKey(change.status, record.createdAt, record.confirmationId))
    .when((path, value) => `${path('status')} IN (${change.from.map((status) => value(status)).join(', ')})`);
  if (change.detail) update.set('lastError', change.detail);
  return { Update: { TableName: runtimeConfig().CONFIRMATIONS_TABLE, Key: confirmationKey(record.confirmationId), ...update.build() } };
}

/**
 * The registration whose address an email went to: the one it is about (registration emails), else the
 * event's active registration with that address (a meeting request, reminder or digest to an attendee
 * whose mailbox was closed after they registered), found through its one-per-email guard.
 */
async function registrationAddressed(record: ConfirmationRecord): Promise<string | undefined> {
  if (record.message.kind.startsWith('registration-')) return record.subjectId;
  const guard = await getItem<{ registrationId: string }>(runtimeConfig().REGISTRATIONS_TABLE, registrationEmailKey(record.eventId, normalizeEmail(record.message.recipient.email)));
  return guard?.registrationId;
}

/** A hard bounce: the address is undeliverable for the event, and the registration using it says so. */
async function undeliverableMarks(record: ConfirmationRecord, now: string): Promise<TransactionItem[]> {
  const marks = [putUndeliverable(record.eventId, record.message.recipient.email, record.confirmationId, now)];
  const registrationId = await registrationAddressed(record);
  if (registrationId !== undefined) {
    const update = new UpdateBuilder().set('emailUndeliverableAt', now).when((path) => `attribute_exists(${path('pk')})`);
    marks.push({ Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: registrationKey(registrationId), ...update.build() } });
  }
  return marks;
}

/**
 * Applies one SES event to the email it is about (found through the `SES#<messageId>` pointer the
 * mailer wrote): delivered, bounced or complained; a permanent bounce also marks the address
 * undeliverable. Repeated or out-of-order feedback changes nothing.
 */
export async function applySesFeedback(notification: SesNotification, now = new Date()): Promise<FeedbackOutcome> {
  const change = changeFor(notification);
  if (!change) return 'ignored';
  const table = runtimeConfig().CONFIRMATIONS_TABLE;
  const pointer = await getItem<{ confirmationId: string }>(table, sesMessageKey(notification.mail.messageId));
  // The mailer writes the pointer right after SES accepts the message; throwing lets Lambda retry.
  if (!pointer) throw new Error(`No email recorded for SES message ${notification.mail.messageId}`);
  const record = await getItem<ConfirmationRecord>(table, confirmationKey(pointer.confirmationId));
  if (!record) throw new Error(`SES pointer ${notification.mail.messageId} names a missing email ${pointer.confirmationId}`);
  const at = now.toISOString();
  const outcome = await writeNamedTransactionRetryingConflicts({
    email: statusUpdate(record, change, at),
    undeliverable: change.hardBounce && record.message.recipient.email !== '' ? await undeliverableMarks(record, at) : [],
    dashboard: emailMoved(record.eventId, record.status, change.status),
  });
  if (outcome.committed) return 'updated';
  if (outcome.refused('email')) return 'unchanged';
  throw new Error(`Could not record SES feedback for ${record.confirmationId}: ${outcome.reasons.join(', ')}`);
}
