import { ulid } from 'ulid';
import type { RegistrationRequest } from '../api/registration-api';
import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation, type StoredEmailMessage } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { isRegistrationOpen } from '../events/registration-open';
import { putRecordedResponse, recordedResponse, type Idempotency, type StoredResponse } from '../idempotency/idempotency';
import { eventCountersKey, registrationEmailKey } from '../storage/keys';
import { backoff, writeNamedTransaction, type TransactionItem } from '../storage/transactions';
import { registrationJoined } from '../organisers/dashboard-deltas';
import { UpdateBuilder } from '../storage/update-builder';
import { capacityInForce, issueWaitlistTicket, programmeSeatsAttribute, readCounters, voidWaitlistTicket, type EventCounters } from './event-counters';
import { normalizeEmail } from './normalize-email';
import { newRegistrationRecord, retentionExpiry } from './registration-record';
import { issueTicketCode } from '../check-in/ticket-items';
import { itemsWithCapacity, validateAgainstEvent } from './validate-against-event';

export interface CreatedRegistration {
  registrationId: string;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition?: number;
  tokenVersion: number;
}

type SeatPlan = { status: 'confirmed' } | { status: 'waitlisted'; ticket: number; position: number };
type SeatDecision = { status: 'confirmed' } | { status: 'waitlisted' };

const maxAttempts = 60;

/** Decides, from the counters just read, whether the newcomer gets a seat or joins the waiting list. */
function decideSeat(event: EventDefinition, counters: EventCounters, programme: readonly string[]): SeatDecision {
  if (counters.confirmedCount < capacityInForce(event, counters) && counters.waitlistedCount === 0) {
    const full = itemsWithCapacity(event, programme).filter((item) => (counters.programmeSeats[item.id] ?? 0) >= item.capacity);
    if (full.length > 0) {
      throw new DomainError(
        'conflict',
        'programme-item-full',
        `No seat is left for ${full.map((item) => item.title.en).join(', ')}. Register without ${full.length === 1 ? 'it' : 'them'}, or choose other items.`,
        full.map((item) => ({ path: `programme.${programme.indexOf(item.id)}`, message: 'has no seat left' })),
      );
    }
    return { status: 'confirmed' };
  }
  return { status: 'waitlisted' };
}

/**
 * The conditional counter change that makes the plan hold, or fails if a seat freed or filled (or
 * the capacity changed) meanwhile. The two conditions are complements, so one of them always holds:
 * a seat when one is free and nobody waits, the waiting list otherwise.
 */
function counterUpdate(event: EventDefinition, capacity: number, plan: SeatPlan, programme: readonly string[]): TransactionItem {
  const update = new UpdateBuilder().when((path, value) => `(attribute_not_exists(${path('capacity')}) OR ${path('capacity')} = ${value(capacity)})`);
  if (plan.status === 'confirmed') {
    update.increment('confirmedCount', 1).whenCount('confirmedCount', '<', capacity).whenCount('waitlistedCount', '=', 0);
    for (const item of itemsWithCapacity(event, programme)) {
      update.increment(programmeSeatsAttribute(item.id), 1).whenCount(programmeSeatsAttribute(item.id), '<', item.capacity);
    }
  } else {
    update.increment('waitlistedCount', 1).when((path, value) => `(${path('confirmedCount')} >= ${value(capacity)} OR ${path('waitlistedCount')} > ${value(0)})`);
  }
  return { Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: eventCountersKey(event.id), ...update.build() } };
}

function confirmationMessage(eventId: string, registrationId: string, request: RegistrationRequest, plan: SeatPlan, ticketCode: string | undefined): StoredEmailMessage {
  const data = {
    registrationId,
    firstName: request.firstName,
    lastName: request.lastName,
    organisation: request.organisation,
    programmeItemIds: request.programme,
    ...(ticketCode === undefined ? {} : { ticketCode }),
  };
  const recipient = { email: request.email, name: `${request.firstName} ${request.lastName}`, language: request.language };
  const link = { type: 'manage', registrationId, tokenVersion: 0 } as const;
  return plan.status === 'confirmed'
    ? { kind: 'registration-confirmed', recipient, eventId, data, link }
    : { kind: 'registration-waitlisted', recipient, eventId, data: { ...data, waitlistPosition: plan.position }, link };
}

/**
 * Runs the registration's write; when it throws (the database timed out or failed), a waiting-list
 * ticket issued for it is recorded as left before the error goes on, as for a refused write: the
 * client retries with a new ticket, and later positions must not keep a gap for this one. (Should the
 * failed write have committed after all, `GET` recomputes positions from the list itself.)
 */
async function withTicketVoidedOnFailure<T>(eventId: string, plan: SeatPlan, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (plan.status === 'waitlisted') await voidWaitlistTicket(eventId);
    throw error;
  }
}

function toCreated(registrationId: string, plan: SeatPlan): CreatedRegistration {
  return {
    registrationId,
    status: plan.status,
    ...(plan.status === 'waitlisted' ? { waitlistPosition: plan.position } : {}),
    tokenVersion: 0,
  };
}

const asCreated = (response: StoredResponse) => response.body as unknown as CreatedRegistration;

/**
 * Registers an attendee: one transaction writes the registration, the seat (or waiting-list
 * ticket), the one-per-email guard, the confirmation email to send, the idempotency record and
 * the dashboard's counts.
 * Lost races on the counters are retried with fresh counts; nothing is written on refusal.
 */
export async function createRegistration(args: {
  event: EventDefinition;
  request: RegistrationRequest;
  idempotency?: Idempotency;
  now: Date;
}): Promise<CreatedRegistration> {
  const { event, request, idempotency, now } = args;
  validateAgainstEvent(event, request);
  if (idempotency) {
    const recorded = await recordedResponse(idempotency, now);
    if (recorded) return asCreated(recorded);
  }
  if (!isRegistrationOpen(event, now)) {
    throw new DomainError('conflict', 'registration-closed', `Registration for ${event.name.en} is closed.`);
  }
  const normalizedEmail = normalizeEmail(request.email);
  const table = runtimeConfig().REGISTRATIONS_TABLE;

  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const counters = await readCounters(event.id);
    const decision = decideSeat(event, counters, request.programme);
    const plan: SeatPlan = decision.status === 'confirmed' ? decision : { status: 'waitlisted', ...(await issueWaitlistTicket(event.id)) };
    const registrationId = ulid();
    const timestamp = now.toISOString();
    const ticket = plan.status === 'confirmed' ? issueTicketCode({ eventId: event.id, registrationId, expiresAt: retentionExpiry(event) }) : undefined;
    const confirmation = newConfirmation(confirmationMessage(event.id, registrationId, request, plan, ticket?.ticketCode), registrationId, timestamp);
    const record = newRegistrationRecord({
      registrationId,
      event,
      request,
      normalizedEmail,
      status: plan.status,
      ...(plan.status === 'waitlisted' ? { waitlistTicket: plan.ticket } : {}),
      confirmationId: confirmation.confirmationId,
      now: timestamp,
      ...(ticket ? { ticketCode: ticket.ticketCode } : {}),
    });
    const created = toCreated(registrationId, plan);
    const outcome = await withTicketVoidedOnFailure(event.id, plan, () => writeNamedTransaction({
      seats: counterUpdate(event, capacityInForce(event, counters), plan, request.programme),
      emailGuard: { Put: { TableName: table, Item: { ...registrationEmailKey(event.id, normalizedEmail), entityType: 'registration-email', registrationId }, ConditionExpression: 'attribute_not_exists(pk)' } },
      registration: { Put: { TableName: table, Item: record, ConditionExpression: 'attribute_not_exists(pk)' } },
      confirmation: putConfirmation(confirmation),
      idempotency: idempotency ? [putRecordedResponse(idempotency, { status: 201, body: { ...created } }, now)] : [],
      ticket: ticket ? [ticket.item] : [],
      dashboard: registrationJoined(record),
    }));
    if (outcome.committed) return created;
    if (plan.status === 'waitlisted') await voidWaitlistTicket(event.id);
    // A concurrent retry with the same key may have won: it then owns both the key and the email.
    if (idempotency && (outcome.refused('idempotency') || outcome.refused('emailGuard'))) {
      const recorded = await recordedResponse(idempotency, now);
      if (recorded) return asCreated(recorded);
    }
    if (outcome.refused('emailGuard')) {
      throw new DomainError('conflict', 'duplicate-registration', 'This email address is already registered for this event.');
    }
    if (!outcome.refused('seats') && !outcome.conflicted) throw new Error(`Unexpected transaction refusal: ${outcome.reasons.join(', ')}`);
    await backoff(attempt);
  }
  throw new DomainError('busy', 'busy', 'Too many registrations at the same moment; please retry in a second.');
}

