import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import type { FieldError } from '../http/problem';
import type { EventDefinition } from '../events/event-definition';
import { busySlotIds, findSlot, isBookable, overlappingSlotIds } from '../meetings/bookable-slots';
import { batchGetAll } from '../storage/batch-get';
import { slotLockKey } from '../storage/keys';
import type { TransactionItem } from '../storage/transactions';
import type { RegistrationRecord } from './registration-record';

/**
 * Slots one more change may make busy while the transaction still proves none of them holds a
 * meeting (one condition check each, within DynamoDB's 100 items per transaction); an event has far
 * fewer meeting slots (TechDays: 16).
 */
export const guardedSlotsLimit = 80;

const table = () => runtimeConfig().MEETING_REQUESTS_TABLE;

type Availability = Pick<RegistrationRecord, 'unavailableSlotIds' | 'programme'>;

/**
 * The slots a change makes busy that were free before: newly marked unavailable, or covered by a
 * programme item newly chosen (an event whose sessions take meetings, `programmeSessionsBookable`,
 * has meeting slots inside a site visit: choosing it must not double-book a meeting held there).
 */
export function newlyBusy(event: EventDefinition, before: Availability, after: Availability): string[] {
  const busyBefore = busySlotIds(event, before);
  // A slot no meeting may take (inside a session of an event whose sessions take none) holds none to look for.
  return [...busySlotIds(event, after)].filter((slotId) => !busyBefore.has(slotId) && canHoldMeetings(event, slotId));
}

const canHoldMeetings = (event: EventDefinition, slotId: string): boolean => {
  const slot = findSlot(event, slotId);
  return slot !== undefined && isBookable(event, slot);
};

/** The fields of the change that make `slotId` busy: its `unavailableSlotIds.<i>` and every chosen `programme.<i>` over it. */
function fieldsMakingBusy(event: EventDefinition, after: Availability, slotId: string): string[] {
  const marked = (after.unavailableSlotIds ?? []).flatMap((id, index) => (id === slotId ? [`unavailableSlotIds.${index}`] : []));
  const chosen = after.programme.flatMap((itemId, index) => {
    const item = event.programme.find((entry) => entry.id === itemId);
    return item !== undefined && overlappingSlotIds(event, item).includes(slotId) ? [`programme.${index}`] : [];
  });
  return [...marked, ...chosen];
}

/** The person's confirmed meetings among `slotIds` (their slot locks, read consistently): slot id → meeting request id. */
export async function meetingsIn(eventId: string, registrationId: string, slotIds: readonly string[]): Promise<Map<string, string>> {
  const keys = slotIds.map((slotId) => slotLockKey(eventId, slotId, registrationId));
  const locks = await batchGetAll<{ pk: string; meetingRequestId: string }>(table(), keys, { consistent: true });
  const byKey = new Map(locks.map((lock) => [lock.pk, lock.meetingRequestId]));
  return new Map(slotIds.flatMap((slotId, index) => {
    const meetingRequestId = byKey.get(keys[index]!.pk);
    return meetingRequestId === undefined ? [] : [[slotId, meetingRequestId] as const];
  }));
}

/**
 * Refuses a change that makes busy a slot holding one of the person's confirmed meetings (its slot
 * lock, read consistently): 409 naming each field that does it (`unavailableSlotIds.<i>`,
 * `programme.<i>`) and the meeting, to reschedule or cancel first.
 */
export async function refuseBookedSlots(event: EventDefinition, record: RegistrationRecord, after: Availability, added: readonly string[]): Promise<void> {
  const booked = [...(await meetingsIn(record.eventId, record.registrationId, added))].map(([slotId, meetingRequestId]) => ({ slotId, meetingRequestId }));
  if (booked.length === 0) return;
  const errors: FieldError[] = booked
    .flatMap(({ slotId, meetingRequestId }) => fieldsMakingBusy(event, after, slotId).map((path) => ({ path, meetingRequestId })))
    .filter((error, index, all) => all.findIndex((other) => other.path === error.path) === index)
    .map(({ path, meetingRequestId }) => ({
      path,
      message: `${path.startsWith('programme.') ? 'is at the time of' : 'holds'} your confirmed meeting ${meetingRequestId}: reschedule or cancel it first`,
    }));
  const byProgrammeOnly = errors.every((error) => error.path.startsWith('programme.'));
  const meetings = [...new Set(booked.map((slot) => slot.meetingRequestId))].join(', ');
  throw new DomainError(
    'conflict',
    byProgrammeOnly ? 'meeting-during-programme-item' : 'meeting-in-unavailable-slot',
    byProgrammeOnly
      ? `A programme item you chose is at the time of your confirmed meeting (${meetings}); reschedule or cancel it first.`
      : `A slot you mark unavailable holds your confirmed meeting (${meetings}); reschedule or cancel it first.`,
    errors,
  );
}

/** At commit, none of the newly busy slots holds a meeting of the person (a meeting confirmed since the read refuses the change). */
export function freeSlotChecks(record: RegistrationRecord, added: readonly string[]): TransactionItem[] {
  return added.slice(0, guardedSlotsLimit).map((slotId) => ({
    ConditionCheck: { TableName: table(), Key: slotLockKey(record.eventId, slotId, record.registrationId), ConditionExpression: 'attribute_not_exists(pk)' },
  }));
}
