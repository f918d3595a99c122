import { runtimeConfig } from '../config/runtime-config';
import type { ConfirmationRecord } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';
import { eventConfirmationsPartition } from '../storage/keys';
import { deliveryStatusOf } from './activity-figures';
import { toCsv } from './csv';
import type { ListDefinition } from './list-response';

/** An email as organisers see it: who, what, and where its delivery stands; never its content. */
export const confirmationView = (record: ConfirmationRecord) => ({
  confirmationId: record.confirmationId,
  kind: record.message.kind,
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

type ConfirmationView = ReturnType<typeof confirmationView>;

/** The event's emails, by status then age (access pattern 19). */
export function confirmationList(event: EventDefinition, status: string | undefined): ListDefinition<ConfirmationRecord> {
  return {
    query: { tableName: runtimeConfig().CONFIRMATIONS_TABLE, partition: eventConfirmationsPartition(event.id), ...(status ? { sortKeyPrefix: `${status}#` } : {}) },
    toItems: (rows) => rows.map(confirmationView),
    toCsv: (rows) =>
      toCsv<ConfirmationView>(
        (['confirmationId', 'kind', 'subjectId', 'recipient', 'language', 'status', 'deliveryStatus', 'attempts', 'createdAt', 'updatedAt', 'sentAt', 'lastError'] as const).map(
          (header) => ({ header, value: (view) => view[header as keyof ConfirmationView] as string | number | undefined }),
        ),
        rows.map(confirmationView),
      ),
    filename: `emails-${event.id}.csv`,
  };
}
