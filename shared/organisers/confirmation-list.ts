import { runtimeConfig } from '../config/runtime-config';
import type { ConfirmationRecord } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';
import { eventConfirmationsPartition } from '../storage/keys';
import { confirmationView } from './confirmation-view';
import { toCsv } from './csv';
import type { ListDefinition } from './list-response';

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
