import type { ConfirmationRecord } from '../confirmations/confirmation-record';
import type { EmailAttachment } from '../email/email-message';
import { cachedEvent } from '../events/cached-event';
import { runtimeConfig } from '../config/runtime-config';
import { eventRegistrationsPartition } from '../storage/keys';
import type { AdminRegistration } from './admin-records';
import { csvContentType } from './csv';
import { queryAll } from './partition-query';
import { registrationsCsv } from './registration-csv';

/**
 * Attachments made when an email is sent rather than stored with it: an organiser summary gets
 * the registrations CSV, read by Query at send time (at 5,000 registrations it would not fit in
 * the 400 KB outbox item). Other kinds get none.
 */
export async function summaryAttachments(record: ConfirmationRecord): Promise<EmailAttachment[]> {
  if (record.message.kind !== 'organiser-summary') return [];
  const event = await cachedEvent(record.eventId);
  const registrations = await queryAll<AdminRegistration>({
    tableName: runtimeConfig().REGISTRATIONS_TABLE,
    partition: eventRegistrationsPartition(record.eventId),
  });
  const day = record.message.data.generatedAt.slice(0, 10);
  return [{ filename: `registrations-${event.id}-${day}.csv`, contentType: csvContentType, content: registrationsCsv(event, registrations) }];
}
