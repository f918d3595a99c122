import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation, type StoredEmailMessage } from '../confirmations/confirmation-record';
import { writeTransaction } from '../storage/transactions';

/**
 * Records an email at most once per marker: the marker item (MeetingRequests table, condition: absent)
 * and the email are written in one transaction, so a rerun or a retried job sends nothing twice.
 * Returns whether this call recorded it.
 */
export async function emailOnce(marker: { pk: string; sk: string } & Record<string, unknown>, message: StoredEmailMessage, subjectId: string, now: Date): Promise<boolean> {
  const email = newConfirmation(message, subjectId, now.toISOString());
  const outcome = await writeTransaction([
    { Put: { TableName: runtimeConfig().MEETING_REQUESTS_TABLE, Item: marker, ConditionExpression: 'attribute_not_exists(pk)' } },
    putConfirmation(email),
  ]);
  return outcome.committed;
}
