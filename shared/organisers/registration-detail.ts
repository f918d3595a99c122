import { runtimeConfig } from '../config/runtime-config';
import type { ConfirmationRecord } from '../confirmations/confirmation-record';
import { participationsOf } from '../meetings/meeting-store';
import { waitlistPosition } from '../registrations/registration-store';
import { toRegistrationView } from '../registrations/registration-record';
import { displayTicketCode } from '../security/ticket-code';
import { batchGetAll } from '../storage/batch-get';
import { confirmationKey } from '../storage/keys';
import type { AdminRegistration } from './admin-records';
import { confirmationView } from './confirmation-view';
import { requireEventRegistration } from './event-registration';
import { adminRegistrationView } from './admin-registration-view';

function ticketState(record: AdminRegistration) {
  const checkedIn = record.checkedInAt ? { checkedInAt: record.checkedInAt } : {};
  if (record.status === 'cancelled') return { state: 'revoked' as const, ...checkedIn };
  if (record.status === 'confirmed' && record.ticketCode) return { state: 'valid' as const, code: displayTicketCode(record.ticketCode), ...checkedIn };
  return { state: 'none' as const, ...checkedIn };
}

/**
 * One registration as the console's detail view shows it. Reads: one GetItem, a Query of the
 * person's own meeting partition, a BatchGet of their emails (`emailIds`), and a COUNT Query of the
 * waiting list ahead of them when waitlisted; nothing grows with the event.
 */
export async function registrationDetail(eventId: string, registrationId: string) {
  const record = await requireEventRegistration(eventId, registrationId);
  const [position, participations, emails] = await Promise.all([
    waitlistPosition(record),
    participationsOf(registrationId),
    batchGetAll<ConfirmationRecord>(runtimeConfig().CONFIRMATIONS_TABLE, (record.emailIds ?? []).map(confirmationKey)),
  ]);
  const byStatus: Record<string, number> = {};
  for (const participation of participations) byStatus[participation.status] = (byStatus[participation.status] ?? 0) + 1;
  return {
    registration: adminRegistrationView(record, position),
    meetings: { total: participations.length, byStatus },
    ticket: ticketState(record),
    emails: emails.map(confirmationView).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.confirmationId.localeCompare(b.confirmationId)),
  };
}
