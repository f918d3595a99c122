import type { RegistrationUpdate } from '../api/registration-api';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { eventCountersKey, registrationKey } from '../storage/keys';
import { backoff, writeNamedTransaction, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import { registrationRecast } from '../organisers/dashboard-deltas';
import { programmeSeatsAttribute, readCounters } from './event-counters';
import { directoryIndex, listedInDirectory, searchTextOf, type RegistrationRecord } from './registration-record';
import { findRegistration } from './registration-store';
import { registrationChangeErrors } from './registration-change-errors';
import { itemsWithCapacity } from './validate-against-event';
import { changedDetails } from './changed-details';
import { freeSlotChecks, newlyBusy, refuseBookedSlots } from './booked-slots';
import { detailsChangedEmail } from './registration-emails';
import { newConfirmation, putConfirmation, type ConfirmationRecord } from '../confirmations/confirmation-record';

const maxAttempts = 30;

/** Opting in records when (kept when already in); opting out forgets it; absent: unchanged. */
function digestChange(record: RegistrationRecord, optIn: boolean | undefined, now: Date): Pick<RegistrationRecord, 'digestOptInAt'> {
  if (optIn === undefined) return record.digestOptInAt === undefined ? {} : { digestOptInAt: record.digestOptInAt };
  if (!optIn) return {};
  return { digestOptInAt: record.digestOptInAt ?? now.toISOString() };
}

/** Keeps the directory index in step with the listing choice (waiting registrations keep their waiting-list index). */
function setDirectoryListing(update: UpdateBuilder, record: RegistrationRecord): void {
  if (record.status !== 'confirmed') return;
  if (listedInDirectory(record)) {
    const listed = directoryIndex(record);
    update.set('gsi2pk', listed.gsi2pk).set('gsi2sk', listed.gsi2sk);
  } else {
    update.remove('gsi2pk').remove('gsi2sk');
  }
}

/** Seats to take and give back when a confirmed attendee changes programme items. */
function seatChanges(event: EventDefinition, before: readonly string[], after: readonly string[]): TransactionItem | undefined {
  const update = new UpdateBuilder();
  const added = itemsWithCapacity(event, after.filter((id) => !before.includes(id)));
  const removed = itemsWithCapacity(event, before.filter((id) => !after.includes(id)));
  for (const item of added) update.increment(programmeSeatsAttribute(item.id), 1).whenCount(programmeSeatsAttribute(item.id), '<', item.capacity);
  for (const item of removed) update.increment(programmeSeatsAttribute(item.id), -1);
  if (added.length + removed.length === 0) return undefined;
  return { Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: eventCountersKey(event.id), ...update.build() } };
}

/**
 * The refusal of a change whose added programme items have no seat left, naming each at its
 * `programme.<i>` as registering does; undefined when none is full any more (a seat freed since the
 * transaction was refused: the caller tries again).
 */
async function fullItemsRefusal(event: EventDefinition, before: readonly string[], after: readonly string[]): Promise<DomainError | undefined> {
  const counters = await readCounters(event.id);
  const full = itemsWithCapacity(event, after.filter((id) => !before.includes(id))).filter((item) => (counters.programmeSeats[item.id] ?? 0) >= item.capacity);
  if (full.length === 0) return undefined;
  return new DomainError(
    'conflict',
    'programme-item-full',
    `No seat is left for ${full.map((item) => item.title.en).join(', ')}. Keep your programme without ${full.length === 1 ? 'it' : 'them'}, or choose other items.`,
    full.map((item) => ({ path: `programme.${after.indexOf(item.id)}`, message: 'has no seat left' })),
  );
}

/** The details a person may correct that are required: a change replaces them. */
const requiredDetails = ['firstName', 'lastName', 'organisation', 'country', 'sectors'] as const;
/** The optional ones: a change replaces them, `null` removes them (an empty accessibility text too). */
const optionalDetails = ['jobTitle', 'phone', 'accessibilityNeeds'] as const;

/**
 * The record with the person's corrected details. Copies made from them live on the record itself
 * (the directory's sort key and search text, set by the caller from the result) or are read from it
 * when needed (the door search, badges, agendas, exports); the recommendations worker recomputes
 * from the stream when organisation, country or sectors change (their match fingerprint).
 */
function withDetails(record: RegistrationRecord, changes: RegistrationUpdate): RegistrationRecord {
  const next: RegistrationRecord = { ...record };
  for (const field of requiredDetails) {
    const value = changes[field];
    if (value !== undefined) (next as unknown as Record<string, unknown>)[field] = value;
  }
  for (const field of optionalDetails) {
    const value = changes[field];
    if (value === undefined) continue;
    if (value === null || value === '') delete next[field];
    else next[field] = value;
  }
  return next;
}

/** Sets the corrected details that the record has and removes those it no longer has. */
function setDetails(update: UpdateBuilder, next: RegistrationRecord, changes: RegistrationUpdate): void {
  for (const field of [...requiredDetails, ...optionalDetails]) {
    if (changes[field] === undefined) continue;
    if (next[field] === undefined) update.remove(field);
    else update.set(field, next[field]);
  }
}

/**
 * The email telling the attendee their own details changed (anyone with the link can change them), when
 * some did; recorded in the same transaction as the change and kept on the registration for erasure.
 */
function detailsChangedNotice(record: RegistrationRecord, next: RegistrationRecord, now: Date): ConfirmationRecord | undefined {
  const changed = changedDetails(record, next);
  return changed.length === 0 ? undefined : newConfirmation(detailsChangedEmail(next, changed), record.registrationId, now.toISOString());
}

/**
 * Changes what an attendee may change: their own details (names, organisation, job title, phone,
 * country, sectors, accessibility needs; never the email), profile, programme, language, listing and
 * scheduling wishes. A change of country or sectors moves the dashboard's breakdowns in the same
 * transaction (the registration is active: cancelled ones cannot be changed), and so is the email
 * telling the attendee which details changed. Programme
 * seats of a confirmed attendee move in the same transaction; a full item is refused with 409, and so
 * is making busy a slot that holds one of the person's confirmed meetings, by marking it unavailable or
 * by choosing a programme item over it (booked-slots.ts; a meeting confirmed there meanwhile refuses
 * the transaction, and the next attempt names it).
 */
export async function updateRegistration(args: { event: EventDefinition; registrationId: string; changes: RegistrationUpdate; now: Date }): Promise<RegistrationRecord> {
  const { event, changes } = args;
  const errors = registrationChangeErrors(event, changes);
  if (errors.length > 0) throw new DomainError('invalid', 'validation', 'The request names ids, slots or days the event does not have; see errors.', errors);
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const record = await findRegistration(args.registrationId);
    if (record === undefined) throw new DomainError('not-found', 'registration-not-found', 'There is no such registration.');
    if (record.status === 'cancelled') throw new DomainError('conflict', 'registration-cancelled', 'A cancelled registration cannot be changed.');
    const { digestOptInAt: _before, ...current } = withDetails(record, changes);
    const next: RegistrationRecord = {
      ...current,
      ...(changes.language ? { language: changes.language } : {}),
      ...(changes.directoryOptIn === undefined ? {} : { directoryOptIn: changes.directoryOptIn }),
      ...(changes.programme ? { programme: changes.programme } : {}),
      ...digestChange(record, changes.digestOptIn, args.now),
      ...(changes.unavailableSlotIds ? { unavailableSlotIds: changes.unavailableSlotIds } : {}),
      ...(changes.schedulingPreferences ? { schedulingPreferences: changes.schedulingPreferences } : {}),
      profile: { ...record.profile, ...changes.profile },
      updatedAt: args.now.toISOString(),
    };
    const added = newlyBusy(event, record, next);
    if (added.length > 0) await refuseBookedSlots(event, record, next, added);
    const update = new UpdateBuilder()
      .set('language', next.language)
      .set('directoryOptIn', next.directoryOptIn)
      .set('programme', next.programme)
      .set('profile', next.profile)
      .set('unavailableSlotIds', next.unavailableSlotIds ?? [])
      .set('searchText', searchTextOf(next))
      .set('updatedAt', next.updatedAt)
      .when((path, value) => `${path('updatedAt')} = ${value(record.updatedAt)} AND ${path('status')} = ${value(record.status)}`);
    setDetails(update, next, changes);
    if (next.schedulingPreferences !== undefined) update.set('schedulingPreferences', next.schedulingPreferences);
    if (next.digestOptInAt === undefined) update.remove('digestOptInAt');
    else update.set('digestOptInAt', next.digestOptInAt);
    setDirectoryListing(update, next);
    const seats = record.status === 'confirmed' ? seatChanges(event, record.programme, next.programme) : undefined;
    const email = detailsChangedNotice(record, next, args.now);
    if (email) update.append('emailIds', [email.confirmationId]);
    const outcome = await writeNamedTransaction({
      registration: { Update: { TableName: runtimeConfig().REGISTRATIONS_TABLE, Key: registrationKey(record.registrationId), ...update.build() } },
      seats: seats ? [seats] : [],
      dashboard: registrationRecast(record, next),
      email: email ? [putConfirmation(email)] : [],
      slotsFree: freeSlotChecks(record, added),
    });
    if (outcome.committed) return next;
    if (outcome.refused('seats')) {
      const refusal = await fullItemsRefusal(event, record.programme, next.programme);
      if (refusal !== undefined) throw refusal;
    }
    await backoff(attempt);
  }
  throw new DomainError('busy', 'busy', 'The registration is changing right now; please retry in a second.');
}
