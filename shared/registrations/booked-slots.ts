import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import { batchGetAll } from '../storage/batch-get';
import { slotLockKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';
import type { RegistrationRecord } from './registration-record';

/**
 * Slots one more change may mark unavailable while the transaction still proves none of them holds a
 * meeting (one condition check each, within DynamoDB's 100 items per transaction); an event has far
 * fewer meeting slots (TechDays: 16).
 */
export const guardedSlotsLimit = 80;

const table = () => runtimeConfig().MEETING_REQUESTS_TABLE;

/** The slots a change of `unavailableSlotIds` adds to the ones already marked. */
export function newlyUnavailable(record: RegistrationRecord, unavailableSlotIds: readonly string[] | undefined): string[] {
  const before = new Set(record.unavailableSlotIds ?? []);
  return (unavailableSlotIds ?? []).filter((slotId) => !before.has(slotId));
}

/**
 * Refuses marking unavailable a slot that holds one of the person's confirmed meetings (its slot lock,
 * read consistently): 409 naming each slot's field and meeting, to reschedule or cancel first.
 */
export async function refuseBookedSlots(record: RegistrationRecord, unavailableSlotIds: readonly string[], added: readonly string[]): Promise<void> {
  const lockOf = (slotId: string) => slotLockKey(record.eventId, slotId, record.registrationId);
  const locks = await batchGetAll<{ pk: string; meetingRequestId: string }>(table(), added.map(lockOf), { consistent: true });
  const meetingIn = new Map(locks.map((lock) => [lock.pk, lock.meetingRequestId]));
  const booked = unavailableSlotIds
    .map((slotId, index) => ({ index, meetingRequestId: added.includes(slotId) ? meetingIn.get(lockOf(slotId).pk) : undefined }))
    .filter((slot): slot is { index: number; meetingRequestId: string } => slot.meetingRequestId !== undefined);
  if (booked.length === 0) return;
  throw new DomainError(
    'conflict',
    'meeting-in-unavailable-slot',
    `A slot you mark unavailable holds your confirmed meeting (${booked.map((slot) => slot.meetingRequestId).join(', ')}); reschedule or cancel it first.`,
    booked.map(({ index, meetingRequestId }) => ({ path: `unavailableSlotIds.${index}`, message: `holds your confirmed meeting ${meetingRequestId}: reschedule or cancel it first` })),
  );
}

/** At commit, none of the added slots holds a meeting of the person (a meeting confirmed since the read refuses the change). */
export function freeSlotChecks(record: RegistrationRecord, added: readonly string[]): TransactionItem[] {
  return added.slice(0, guardedSlotsLimit).map((slotId) => ({
    ConditionCheck: { TableName: table(), Key: slotLockKey(record.eventId, slotId, record.registrationId), ConditionExpression: 'attribute_not_exists(pk)' },
  }));
}
