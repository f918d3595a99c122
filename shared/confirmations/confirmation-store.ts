import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { dynamo } from '../storage/dynamo-client';
import { confirmationKey, deadLetterPartition, sesMessageKey, unsettledPartition } from '../storage/keys';
import { emailMoved } from '../organisers/dashboard-deltas';
import { writeNamedTransactionRetryingConflicts, writeTransaction } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { confirmationStatusSortKey, unsettledSortKey, unsettledStatuses, type ConfirmationRecord, type ConfirmationStatus } from './confirmation-record';

const table = () => runtimeConfig().CONFIRMATIONS_TABLE;

/** Every status change keeps the status index and the sweeper's sparse index in step. */
function statusChange(record: Pick<ConfirmationRecord, 'createdAt' | 'confirmationId'>, status: ConfirmationStatus, now: Date): UpdateBuilder {
  const update = new UpdateBuilder()
    .set('status', status)
    .set('updatedAt', now.toISOString())
    .set('gsi1sk', confirmationStatusSortKey(status, record.createdAt, record.confirmationId));
  return unsettledStatuses.includes(status)
    ? update.set('gsi3pk', unsettledPartition).set('gsi3sk', unsettledSortKey(now.toISOString(), record.confirmationId))
    : update.remove('gsi3pk').remove('gsi3sk');
}

async function conditionalUpdate(confirmationId: string, update: UpdateBuilder): Promise<ConfirmationRecord | undefined> {
  try {
    const { Attributes } = await dynamo().send(
      new UpdateCommand({ TableName: table(), Key: confirmationKey(confirmationId), ...update.build(), ReturnValues: 'ALL_NEW' }),
    );
    return Attributes as ConfirmationRecord;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/**
 * Reserves a confirmation for sending: only one sender wins, and a confirmation already sent
 * (or being sent) is never claimed again. This is what makes delivery at most once.
 */
export async function claimForSending(confirmationId: string, createdAt: string, now: Date, leaseSeconds: number) {
  const update = statusChange({ confirmationId, createdAt }, 'sending', now)
    .set('leaseExpiresAt', Math.floor(now.getTime() / 1000) + leaseSeconds)
    .when((path, value) => `${path('status')} IN (${value('pending')}, ${value('retrying')})`);
  return conditionalUpdate(confirmationId, update);
}

/** Records SES's acceptance and a pointer from the SES message id (for delivery feedback). */
export async function markSent(record: ConfirmationRecord, sesMessageId: string, now: Date): Promise<void> {
  const update = statusChange(record, 'sent', now)
    .set('sesMessageId', sesMessageId)
    .set('sentAt', now.toISOString())
    .remove('leaseExpiresAt')
    .remove('lastError')
    .when((path, value) => `${path('status')} = ${value('sending')}`);
  const outcome = await writeTransaction([
    { Update: { TableName: table(), Key: confirmationKey(record.confirmationId), ...update.build() } },
    {
      Put: {
        TableName: table(),
        Item: { ...sesMessageKey(sesMessageId), entityType: 'ses-message', confirmationId: record.confirmationId, expiresAt: record.expiresAt },
      },
    },
  ]);
  if (!outcome.committed) throw new Error(`Could not record confirmation ${record.confirmationId} as sent: ${outcome.reasons.join(', ')}`);
}

/** Gives the confirmation back for another try; throttling does not count as a failed attempt. */
export async function releaseForRetry(record: ConfirmationRecord, countsAsAttempt: boolean, error: string, now: Date): Promise<void> {
  const update = statusChange(record, 'retrying', now)
    .set('lastError', error)
    .remove('leaseExpiresAt')
    .when((path, value) => `${path('status')} = ${value('sending')}`);
  if (countsAsAttempt) update.increment('attempts', 1);
  await conditionalUpdate(record.confirmationId, update);
}

type Settled = Pick<ConfirmationRecord, 'confirmationId' | 'createdAt' | 'eventId'>;

/**
 * A status change that moves the dashboard's dead-letter count, with that count in the same
 * transaction; false when the email was not in `from` any more.
 */
async function countedStatusChange(record: Settled, from: ConfirmationStatus, to: ConfirmationStatus, update: UpdateBuilder): Promise<boolean> {
  const outcome = await writeNamedTransactionRetryingConflicts({
    email: { Update: { TableName: table(), Key: confirmationKey(record.confirmationId), ...update.build() } },
    dashboard: emailMoved(record.eventId, from, to),
  });
  if (outcome.committed || outcome.refused('email')) return outcome.committed;
  throw new Error(`Could not move email ${record.confirmationId} from ${from} to ${to}: ${outcome.reasons.join(', ')}`);
}

/** Gives up: the confirmation joins the dead-letter index, from which `npm run redrive` resends it. */
export async function markFailed(record: ConfirmationRecord, error: string, now: Date): Promise<void> {
  const update = statusChange(record, 'failed', now)
    .set('lastError', error)
    .set('failedAt', now.toISOString())
    .set('gsi2pk', deadLetterPartition)
    .set('gsi2sk', `${now.toISOString()}#${record.confirmationId}`)
    .increment('attempts', 1)
    .remove('leaseExpiresAt')
    .when((path, value) => `${path('status')} = ${value('sending')}`);
  await countedStatusChange(record, 'sending', 'failed', update);
}

/**
 * Closes a claimed (`from` sending) or dead-lettered (`from` failed) confirmation whose recipient was erased: terminal `erased`,
 * out of the dead-letter index, never sent.
 */
export async function markErased(record: Settled, from: 'sending' | 'failed', now: Date): Promise<boolean> {
  const update = statusChange(record, 'erased', now)
    .remove('leaseExpiresAt')
    .remove('gsi2pk')
    .remove('gsi2sk')
    .when((path, value) => `${path('status')} = ${value(from)} AND attribute_exists(${path('erasedAt')})`);
  return countedStatusChange(record, from, 'erased', update);
}

/**
 * Dead-letters an email whose sender vanished mid-send (its lease ran out): SES may or may not
 * have taken it, so it is not re-sent blindly; an operator re-drives it (docs/emails.md).
 */
export async function markAbandoned(record: Settled, now: Date): Promise<boolean> {
  const update = statusChange(record, 'failed', now)
    .set('lastError', 'the sender stopped while sending (lease expired); SES may have sent it')
    .set('failedAt', now.toISOString())
    .set('gsi2pk', deadLetterPartition)
    .set('gsi2sk', `${now.toISOString()}#${record.confirmationId}`)
    .remove('leaseExpiresAt')
    .when((path, value) => `${path('status')} = ${value('sending')} AND ${path('leaseExpiresAt')} < ${value(Math.floor(now.getTime() / 1000))}`);
  return countedStatusChange(record, 'sending', 'failed', update);
}

/** Puts a dead confirmation back in line: the stream sees it pending again and the mailer sends it. */
export async function requeue(record: Settled, now: Date): Promise<boolean> {
  const update = statusChange(record, 'pending', now)
    .set('attempts', 0)
    .remove('gsi2pk')
    .remove('gsi2sk')
    .when((path, value) => `${path('status')} = ${value('failed')} AND attribute_not_exists(${path('erasedAt')})`);
  return countedStatusChange(record, 'failed', 'pending', update);
}
