import { ulid } from 'ulid';
import type { PressAccreditationRequest } from '../api/press-api';
import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import { eventDays } from '../events/event-days';
import type { EventDefinition } from '../events/event-definition';
import type { FieldError } from '../http/problem';
import { putRecordedResponse, recordedResponse, type Idempotency } from '../idempotency/idempotency';
import { normalizeEmail } from '../registrations/normalize-email';
import { pressMoved } from '../organisers/dashboard-deltas';
import { writeNamedTransactionRetryingConflicts } from '../storage/transactions';
import { requestEmails } from './press-emails';
import { newPressRecord, pressEmailGuardKey } from './press-record';

export interface CreatedAccreditation {
  accreditationId: string;
  status: 'pending';
}

/**
 * The days a request names that the event does not have. Reads a body that may not be valid otherwise
 * (values of the wrong type are the schema's to report), so that these errors come in the same answer.
 */
export function pressDayErrors(event: EventDefinition, body: unknown): FieldError[] {
  const requested = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).days : undefined;
  if (!Array.isArray(requested)) return [];
  const days = new Set(eventDays(event));
  const message = `is not a day of ${event.id} (${[...days].join(', ')})`;
  return requested.flatMap((day, index) => (typeof day === 'string' && !days.has(day) ? [{ path: `days.${index}`, message }] : []));
}

function validateAgainstEvent(event: EventDefinition, request: PressAccreditationRequest): void {
  const errors = pressDayErrors(event, request);
  if (errors.length > 0) throw new DomainError('invalid', 'validation', 'The request names days the event does not have; see errors.', errors);
  if (event.pressContacts.length === 0) {
    throw new DomainError('conflict', 'no-press-contacts', 'This event takes no accreditation requests: it has no press contact.');
  }
}

/**
 * Records a journalist's request with, in the same transaction, the one-per-email guard, the
 * acknowledgement, one review email per press contact, the idempotency record and the dashboard's count.
 */
export async function createPressAccreditation(args: {
  event: EventDefinition;
  request: PressAccreditationRequest;
  idempotency?: Idempotency;
  now: Date;
}): Promise<CreatedAccreditation> {
  const { event, request, idempotency, now } = args;
  validateAgainstEvent(event, request);
  const replay = idempotency ? await recordedResponse(idempotency, now) : undefined;
  if (replay) return replay.body as unknown as CreatedAccreditation;

  const accreditationId = ulid();
  const timestamp = now.toISOString();
  const normalizedEmail = normalizeEmail(request.email);
  const draft = newPressRecord({ accreditationId, event, request, normalizedEmail, emailIds: [], now: timestamp });
  const emails = requestEmails(event, draft, now).map((message) => newConfirmation(message, accreditationId, timestamp));
  const record = { ...draft, emailIds: emails.map((email) => email.confirmationId) };
  const created: CreatedAccreditation = { accreditationId, status: 'pending' };
  const table = runtimeConfig().REGISTRATIONS_TABLE;
  const outcome = await writeNamedTransactionRetryingConflicts({
    emailGuard: { Put: { TableName: table, Item: { ...pressEmailGuardKey(event.id, normalizedEmail), entityType: 'press-email', accreditationId }, ConditionExpression: 'attribute_not_exists(pk)' } },
    accreditation: { Put: { TableName: table, Item: record, ConditionExpression: 'attribute_not_exists(pk)' } },
    emails: emails.map(putConfirmation),
    idempotency: idempotency ? [putRecordedResponse(idempotency, { status: 201, body: { ...created } }, now)] : [],
    dashboard: pressMoved(event.id, undefined, 'pending'),
  });
  if (outcome.committed) return created;
  const recorded = idempotency ? await recordedResponse(idempotency, now) : undefined;
  if (recorded) return recorded.body as unknown as CreatedAccreditation;
  if (outcome.refused('emailGuard')) {
    throw new DomainError('conflict', 'duplicate-accreditation', 'This email address already has a pending or approved accreditation request for this event.');
  }
  throw new DomainError('busy', 'busy', 'Please retry in a second.');
}
