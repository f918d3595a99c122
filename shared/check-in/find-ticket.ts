import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { CheckInRequest } from '../api/check-in-api';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { dynamo } from '../storage/dynamo-client';
import { ticketCodeKey } from '../storage/keys';
import { normalizeTicketCode } from '../security/ticket-code';
import { checkTicketToken, isTicketTokenShaped } from '../security/ticket-token';
import type { FieldError } from '../http/problem';

const notATicket: FieldError = { path: 'ticket', message: 'is not a ticket of this event' };
const notACode: FieldError = { path: 'code', message: 'must be 8 letters and digits, e.g. ABCD-EFGH' };

/** Whose ticket was presented; `ticketVersion` when it came as a signed token (a typed code or a search result has none to check). */
export interface PresentedTicket {
  registrationId: string;
  ticketVersion?: number;
}

async function byToken(eventId: string, token: string): Promise<PresentedTicket> {
  const checked = await checkTicketToken(token, eventId);
  if (!checked.valid) {
    throw new DomainError('invalid', 'invalid-ticket', 'This is not a ticket of this event.', [notATicket]);
  }
  return checked.claims;
}

async function byCode(eventId: string, typed: string): Promise<PresentedTicket> {
  const code = normalizeTicketCode(typed);
  if (code === undefined) throw new DomainError('invalid', 'invalid-ticket-code', 'A ticket code has 8 letters and digits.', [notACode]);
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

/**
 * A scan's ticket or code that cannot be one whatever the store holds (a token of the wrong shape, a code
 * that is not 8 base32 characters), read from the body as sent: named beside the body's other bad fields
 * in one 400 (alone, `findPresentedTicket` refuses them as `invalid-ticket` and `invalid-ticket-code`).
 */
export function malformedTicketErrors(body: unknown): FieldError[] {
  if (typeof body !== 'object' || body === null) return [];
  const { ticket, code } = body as Record<string, unknown>;
  return [
    ...(typeof ticket === 'string' && !isTicketTokenShaped(ticket) ? [notATicket] : []),
    ...(typeof code === 'string' && normalizeTicketCode(code) === undefined ? [notACode] : []),
  ];
}
