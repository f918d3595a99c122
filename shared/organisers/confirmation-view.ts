import type { ConfirmationRecord } from '../confirmations/confirmation-record';
import { deliveryStatusOf } from './activity-figures';

/** A `meeting-cancelled` email about a request withdrawn before anyone answered: no meeting existed. */
const isWithdrawnRequest = (message: ConfirmationRecord['message']): boolean => message.kind === 'meeting-cancelled' && message.data.beforeAnswer === true;

// Apart from the list (confirmation-list.ts) and its CSV: the registration detail view shows these too.
/** An email as organisers see it: who, what, and where its delivery stands; never its content. */
export const confirmationView = (record: ConfirmationRecord) => ({
  confirmationId: record.confirmationId,
  kind: record.message.kind,
  ...(isWithdrawnRequest(record.message) ? { variant: 'request-withdrawn' as const } : {}),
  subjectId: record.subjectId,
  recipient: record.message.recipient.email,
  language: record.message.recipient.language,
  status: record.status,
  deliveryStatus: deliveryStatusOf(record.status),
  attempts: record.attempts,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
  ...(record.sentAt ? { sentAt: record.sentAt } : {}),
  ...(record.lastError ? { lastError: record.lastError } : {}),
  ...(record.sesMessageId ? { sesMessageId: record.sesMessageId } : {}),
});
