import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { CheckInRequest } from '../api/check-in-api';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { dynamo } from '../storage/dynamo-client';
import { ticketCodeKey } from '../storage/keys';
import { normalizeTicketCode } from '../security/ticket-code';
import { checkTicketToken } from '../security/ticket-token';

/** Whose ticket was presented; `ticketVersion` when it came as a signed token (a typed code or a search result has none to check). */
export interface PresentedTicket {
  registrationId: string;
  ticketVersion?: number;
}

async function byToken(eventId: string, token: string): Promise<PresentedTicket> {
  const checked = await checkTicketToken(token, eventId);
  if (!checked.valid) {
    throw new DomainError('invalid', 'invalid-ticket', 'This is not a ticket of this event.', [{ path: 'ticket', message: 'is not a ticket of this event' }]);
  }
  return checked.claims;
}

async function byCode(eventId: string, typed: string): Promise<PresentedTicket> {
  const code = normalizeTicketCode(typed);
  if (code === undefined) throw new DomainError('invalid', 'invalid-ticket-code', 'A ticket code has 8 letters and digits.', [{ path: 'code', message: 'must be 8 letters and digits, e.g. ABCD-EFGH' }]);
  const { Item } = await dynamo().send(new GetCommand({ TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: ticketCodeKey(eventId, code) }));
  if (Item === undefined) throw new DomainError('not-found', 'unknown-ticket-code', 'No ticket of this event has this code.');
  return { registrationId: String(Item.registrationId) };
}

/**
 * The registration a scan names: the signed token checked against the event, the typed code looked up,
 * or a door search's result as it is (the check-in then checks that it is a registration of this event).
 */
export function findPresentedTicket(eventId: string, request: CheckInRequest): Promise<PresentedTicket> {
  if (request.registrationId !== undefined) return Promise.resolve({ registrationId: request.registrationId });
  return request.ticket !== undefined ? byToken(eventId, request.ticket) : byCode(eventId, request.code ?? '');
}
