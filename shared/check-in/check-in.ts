import type { CheckInRequest, CheckInResult } from '../api/check-in-api';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import type { RegistrationRecord } from '../registrations/registration-record';
import { findRegistration } from '../registrations/registration-store';
import { eventCountersKey, registrationKey } from '../storage/keys';
import { backoff, conflicted, writeTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { findPresentedTicket, type PresentedTicket } from './find-ticket';

const maxAttempts = 40;

const attendeeOf = (record: RegistrationRecord): CheckInResult['attendee'] => ({
  registrationId: record.registrationId,
  firstName: record.firstName,
  lastName: record.lastName,
  organisation: record.organisation,
  country: record.country,
  participantType: record.participantType,
  status: record.status,
});

/** Why this ticket does not open the door now, if it does not. A revoked ticket of a cancelled seat says "cancelled". */
function refusal(record: RegistrationRecord, ticket: PresentedTicket): CheckInResult['reason'] {
  if (record.status !== 'confirmed') return record.status;
  if (ticket.ticketVersion !== undefined && ticket.ticketVersion !== (record.ticketVersion ?? 0)) return 'revoked';
  return undefined;
}

/**
 * The first check-in and the event's checked-in counter, together. The condition makes the write happen
 * once per registration whatever the number of concurrent scans: the losers re-read and answer "already".
 */
function checkInItems(record: RegistrationRecord, checkedInAt: string, keyId: string): TransactionItem[] {
  const table = runtimeConfig().REGISTRATIONS_TABLE;
  const registration = new UpdateBuilder()
    .set('checkedInAt', checkedInAt)
    .set('checkedInBy', keyId)
    .when((path, value) => `attribute_not_exists(${path('checkedInAt')}) AND ${path('status')} = ${value('confirmed')}`)
    .when((path, value) => `(attribute_not_exists(${path('ticketVersion')}) OR ${path('ticketVersion')} = ${value(record.ticketVersion ?? 0)})`);
  const counters = new UpdateBuilder().increment('checkedInCount', 1);
  return [
    { Update: { TableName: table, Key: registrationKey(record.registrationId), ...registration.build() } },
    { Update: { TableName: table, Key: eventCountersKey(record.eventId), ...counters.build() } },
  ];
}

/** How far a door phone's clock may run behind ours: a scan this much before the ticket existed is still believed. */
const clockDriftMs = 5 * 60_000;

/**
 * A queued offline scan keeps the time it was made. A time no scan can have, later than now (a device clock
 * ahead of ours) or before the registration the ticket belongs to was made (a clock reset to 1970 or 2000),
 * counts as now: the person is at the door either way, and the list keeps a time that can be true.
 */
const checkInTime = (scannedAt: string | undefined, record: RegistrationRecord, now: Date): string => {
  const scanned = scannedAt === undefined ? Number.NaN : Date.parse(scannedAt);
  const possible = scanned < now.getTime() && scanned >= Date.parse(record.createdAt) - clockDriftMs;
  return possible ? new Date(scanned).toISOString() : now.toISOString();
};

/**
 * Checks in the holder of a ticket, once: a second scan (or twenty at the same moment) answers
 * `already-checked-in` with the first time; waitlisted, cancelled and revoked tickets are named, not admitted.
 */
export async function checkIn(args: { eventId: string; request: CheckInRequest; keyId: string; now: Date }): Promise<CheckInResult> {
  const ticket = await findPresentedTicket(args.eventId, args.request);
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const record = await findRegistration(ticket.registrationId);
    if (record === undefined || record.eventId !== args.eventId || record.erasedAt !== undefined) {
      throw new DomainError('not-found', 'registration-not-found', 'This ticket belongs to no registration of this event any more.');
    }
    const attendee = attendeeOf(record);
    const reason = refusal(record, ticket);
    if (reason !== undefined) return { outcome: 'not-admitted', alreadyCheckedIn: false, reason, attendee };
    if (record.checkedInAt !== undefined) return { outcome: 'already-checked-in', alreadyCheckedIn: true, checkedInAt: record.checkedInAt, attendee };
    const checkedInAt = checkInTime(args.request.scannedAt, record, args.now);
    const outcome = await writeTransaction(checkInItems(record, checkedInAt, args.keyId));
    if (outcome.committed) return { outcome: 'checked-in', alreadyCheckedIn: false, checkedInAt, attendee };
    // Refused: another scan won, or the registration changed; read it again. Conflict: wait a little first.
    if (conflicted(outcome)) await backoff(attempt);
  }
  throw new DomainError('busy', 'busy', 'This ticket is being scanned right now; please retry in a second.');
}
