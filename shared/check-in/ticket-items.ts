import { runtimeConfig } from '../config/runtime-config';
import { generateTicketCode } from '../security/ticket-code';
import { ticketCodeKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';

/** The lookup item of a typed ticket code: which registration of the event it opens. */
export interface TicketCodeRecord {
  pk: string;
  sk: 'TICKET-CODE';
  entityType: 'ticket-code';
  eventId: string;
  registrationId: string;
  expiresAt: number;
}

/**
 * What a seat confirmation writes so the attendee has a ticket: a fresh code, and its lookup item
 * (written only if no other ticket of the event has the same code; with 40 bits and a few thousand
 * tickets a clash is a one-in-a-hundred-million event, and it only fails that transaction, which the
 * caller retries with a new code).
 */
export function issueTicketCode(registration: { eventId: string; registrationId: string; expiresAt: number }): { ticketCode: string; item: TransactionItem } {
  const ticketCode = generateTicketCode();
  const record: TicketCodeRecord = {
    ...ticketCodeKey(registration.eventId, ticketCode),
    entityType: 'ticket-code',
    eventId: registration.eventId,
    registrationId: registration.registrationId,
    expiresAt: registration.expiresAt,
  };
  return { ticketCode, item: { Put: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Item: record, ConditionExpression: 'attribute_not_exists(pk)' } } };
}
