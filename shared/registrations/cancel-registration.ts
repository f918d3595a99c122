import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { eventCountersKey, registrationEmailKey, registrationKey } from '../storage/keys';
import { backoff, writeTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { programmeSeatsAttribute, readCounters, type EventCounters } from './event-counters';
import { registrationLeft } from '../organisers/dashboard-deltas';
import { eraseCancelledItems, scrubEmails, scrubRegistration } from './erase-registration';
import { issueTicketCode } from '../check-in/ticket-items';
import { promotedEmail, registrationEmail } from './registration-emails';
import { directoryIndex, type RegistrationRecord } from './registration-record';
import { findRegistration, firstWaitlisted } from './registration-store';
import { itemsWithCapacity } from './validate-against-event';

export interface CancelOutcome {
  alreadyCancelled: boolean;
  promotedRegistrationId?: string;
  erased: boolean;
}

const maxAttempts = 60;
const table = () => runtimeConfig().REGISTRATIONS_TABLE;

interface Plan {
  counters: UpdateBuilder;
  items: TransactionItem[];
  promoted?: RegistrationRecord;
}

/** The promoted person's programme: their wishes that still have a seat once the leaver's are freed. */
function promotedProgramme(event: EventDefinition, counters: EventCounters, leaver: RegistrationRecord, promoted: RegistrationRecord): string[] {
  return promoted.programme.filter((itemId) => {
    const item = itemsWithCapacity(event, [itemId])[0];
    if (item === undefined) return true;
    const taken = (counters.programmeSeats[itemId] ?? 0) - (leaver.programme.includes(itemId) ? 1 : 0);
    return taken < item.capacity;
  });
}

/** The promoted person confirmed with `programme` (their wishes that still had a seat), and their "you have a seat" email in the outbox. */
export function promotionItems(promoted: RegistrationRecord, programme: string[], now: string): TransactionItem[] {
  const ticket = issueTicketCode(promoted);
  const email = newConfirmation(promotedEmail({ ...promoted, programme, ticketCode: ticket.ticketCode }, promoted.programme), promoted.registrationId, now);
  const update = new UpdateBuilder()
    .set('status', 'confirmed')
    .set('programme', programme)
    .set('ticketCode', ticket.ticketCode)
    .set('promotedAt', now)
    .set('updatedAt', now)
    .append('emailIds', [email.confirmationId])
    // As read: a change of their wishes made meanwhile must not be overwritten by the wishes read before it.
    .when((path, value) => `${path('status')} = ${value('waitlisted')} AND ${path('updatedAt')} = ${value(promoted.updatedAt)}`);
  if (promoted.directoryOptIn) {
    const listed = directoryIndex(promoted);
    update.set('gsi2pk', listed.gsi2pk).set('gsi2sk', listed.gsi2sk);
  } else {
    update.remove('gsi2pk').remove('gsi2sk');
  }
  return [{ Update: { TableName: table(), Key: registrationKey(promoted.registrationId), ...update.build() } }, putConfirmation(email), ticket.item];
}

/** Counter changes and promotion when a confirmed attendee leaves; undefined while the index lags. */
async function planConfirmedLeaving(event: EventDefinition, leaver: RegistrationRecord, counters: EventCounters, now: string): Promise<Plan | undefined> {
  const update = new UpdateBuilder();
  if (counters.waitlistedCount === 0) {
    update.increment('confirmedCount', -1).whenCount('waitlistedCount', '=', 0);
    for (const item of itemsWithCapacity(event, leaver.programme)) update.increment(programmeSeatsAttribute(item.id), -1);
    return { counters: update, items: [] };
  }
  const promoted = await firstWaitlisted(event.id, leaver.registrationId);
  if (promoted === undefined) return undefined;
  const programme = promotedProgramme(event, counters, leaver, promoted);
  update.increment('waitlistedCount', -1).increment('waitlistLeftCount', 1).whenCount('waitlistedCount', '=', counters.waitlistedCount);
  for (const item of event.programme.filter((candidate) => candidate.capacity !== undefined)) {
    const delta = (programme.includes(item.id) ? 1 : 0) - (leaver.programme.includes(item.id) ? 1 : 0);
    if (delta === 0) continue;
    const attribute = programmeSeatsAttribute(item.id);
    update.increment(attribute, delta).whenCount(attribute, '=', counters.programmeSeats[item.id] ?? 0);
  }
  return { counters: update, items: promotionItems(promoted, programme, now), promoted };
}

function leavingItems(record: RegistrationRecord, erase: boolean, now: string): TransactionItem[] {
  const email = erase ? undefined : newConfirmation(registrationEmail(record, 'registration-cancelled'), record.registrationId, now);
  const update = new UpdateBuilder()
    .set('status', 'cancelled')
    .set('cancelledAt', now)
    .set('updatedAt', now)
    // A cancelled seat's ticket must not open the door: every copy of it is revoked.
    .increment('ticketVersion', 1)
    .remove('gsi2pk')
    .remove('gsi2sk')
    .when((path, value) => `${path('status')} = ${value(record.status)} AND ${path('updatedAt')} = ${value(record.updatedAt)}`)
    // A check-in leaves updatedAt alone: this keeps the checked-in count (taken back below) exact.
    .when((path) => `${record.checkedInAt === undefined ? 'attribute_not_exists' : 'attribute_exists'}(${path('checkedInAt')})`);
  if (email) update.append('emailIds', [email.confirmationId]);
  if (erase) scrubRegistration(update, now);
  return [
    { Update: { TableName: table(), Key: registrationKey(record.registrationId), ...update.build() } },
    {
      Delete: {
        TableName: table(),
        Key: registrationEmailKey(record.eventId, record.normalizedEmail),
        ConditionExpression: 'registrationId = :id',
        ExpressionAttributeValues: { ':id': record.registrationId },
      },
    },
    ...(email ? [putConfirmation(email)] : []),
    ...(erase ? scrubEmails(record, now) : []),
    ...registrationLeft(record),
  ];
}

/** The seat counters' change for a leaver, and the door's count given back if they had come in. */
function leavingCounters(plan: Plan, record: RegistrationRecord): UpdateBuilder {
  return record.checkedInAt === undefined ? plan.counters : plan.counters.increment('checkedInCount', -1);
}

/**
 * Cancels a registration in one transaction: frees the seat (and programme seats), or hands it to
 * the first person waiting, who is confirmed and emailed; the leaver's email guard goes, so they
 * may register again. With `erase`, the person's data is erased in the same transaction. The
 * dashboard's counts move in it too (one more cancelled, one fewer in each breakdown).
 */
export async function cancelRegistration(args: { event: EventDefinition; registrationId: string; erase: boolean; now: Date }): Promise<CancelOutcome> {
  const now = args.now.toISOString();
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const record = await findRegistration(args.registrationId);
    if (record === undefined) throw new DomainError('not-found', 'registration-not-found', 'There is no such registration.');
    if (record.status === 'cancelled') {
      const mustErase = args.erase && record.erasedAt === undefined;
      if (mustErase && !(await writeTransaction(eraseCancelledItems(record, now))).committed) {
        await backoff(attempt);
        continue;
      }
      return { alreadyCancelled: true, erased: args.erase };
    }
    const counters = await readCounters(record.eventId);
    const plan: Plan | undefined =
      record.status === 'confirmed'
        ? await planConfirmedLeaving(args.event, record, counters, now)
        : { counters: new UpdateBuilder().increment('waitlistedCount', -1).increment('waitlistLeftCount', 1).whenCount('waitlistedCount', '>=', 1), items: [] };
    if (plan !== undefined) {
      const items: TransactionItem[] = [
        { Update: { TableName: table(), Key: eventCountersKey(record.eventId), ...leavingCounters(plan, record).build() } },
        ...leavingItems(record, args.erase, now),
        ...plan.items,
      ];
      const outcome = await writeTransaction(items);
      if (outcome.committed) {
        return { alreadyCancelled: false, erased: args.erase, ...(plan.promoted ? { promotedRegistrationId: plan.promoted.registrationId } : {}) };
      }
    }
    await backoff(attempt);
  }
  throw new DomainError('busy', 'busy', 'The registration is changing right now; please retry in a second.');
}
