import { runtimeConfig } from '../config/runtime-config';
import { newConfirmation, putConfirmation } from '../confirmations/confirmation-record';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import { registrationKey } from '../storage/keys';
import { backoff, writeNamedTransaction, type TransactionItem } from '../storage/transactions';
import { meetingMoved } from '../organisers/dashboard-deltas';
import { busySlotIds, findSlot, isBookable, programmeItemsOverlapping } from './bookable-slots';
import { bookSlot, participationItems } from './meeting-items';
import { bothSidesEmails, type MeetingSides } from './meeting-emails';
import type { MeetingRecord } from './meeting-record';
import { takenTables } from './meeting-store';

const maxAttempts = 20;

/**
 * Both participants must still be confirmed, not have marked the slot unavailable, nor chosen a programme
 * item overlapping it (`overlappingItemIds`), when the transaction commits.
 */
export function availabilityChecks(meeting: MeetingRecord, slotId: string, overlappingItemIds: readonly string[] = []): TransactionItem[] {
  const itemValues = Object.fromEntries(overlappingItemIds.map((itemId, index) => [`:item${index}`, itemId]));
  const noItemChosen = Object.keys(itemValues).map((name) => ` AND (attribute_not_exists(programme) OR NOT contains(programme, ${name}))`).join('');
  return [meeting.fromRegistrationId, meeting.toRegistrationId].map((registrationId) => ({
    ConditionCheck: {
      TableName: runtimeConfig().REGISTRATIONS_TABLE,
      Key: registrationKey(registrationId),
      ConditionExpression: `#status = :confirmed AND (attribute_not_exists(unavailableSlotIds) OR NOT contains(unavailableSlotIds, :slot))${noItemChosen}`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':confirmed': 'confirmed', ':slot': slotId, ...itemValues },
    },
  }));
}

function checkSlot(event: EventDefinition, sides: MeetingSides, slotId: string): void {
  const slot = findSlot(event, slotId);
  if (!slot) throw new DomainError('invalid', 'validation', 'The slot is not a meeting slot of this event.', [{ path: 'slotId', message: 'is not a meeting slot of the event' }]);
  if (!isBookable(event, slot)) throw new DomainError('conflict', 'slot-not-bookable', 'This slot overlaps a programme session and takes no meetings.');
  if (busySlotIds(event, sides.requester).has(slotId)) throw new DomainError('conflict', 'requester-unavailable', 'The requester is not available in this slot.');
  if (busySlotIds(event, sides.recipient).has(slotId)) throw new DomainError('conflict', 'recipient-unavailable', 'The recipient is not available in this slot.');
}

/**
 * THE items that book `placed` (confirmed, with its slot and table) into its slot, shared by hand
 * booking (placeMeeting) and "Schedule all" (placePlanned): both sides' slot locks, a table from the
 * slot's pool, both sides' copies of the meeting, both availability checks.
 */
export function slotBookingItems(placed: MeetingRecord, event: EventDefinition) {
  const slotId = placed.slotId!;
  const [requesterLock, recipientLock, tablePool] = bookSlot(placed, slotId, placed.table!, event.meetings.tablesPerSlot) as [TransactionItem, TransactionItem, TransactionItem];
  const availability = availabilityChecks(placed, slotId, programmeItemsOverlapping(event, slotId));
  return { requesterLock, recipientLock, tablePool, participations: participationItems(placed), availability };
}

/** A free table picked at random, so concurrent accepts in one slot rarely race for the same one. */
export function anyFreeTable(taken: Set<number>, tables: number): number | undefined {
  const free = Array.from({ length: tables }, (_, index) => index + 1).filter((table) => !taken.has(table));
  return free[Math.floor(Math.random() * free.length)];
}

/**
 * Confirms `meeting` in `slotId` in ONE transaction: the meeting's own change (`transition`), the
 * slot booking (slotBookingItems), whatever `extraItems` adds, and both confirmation emails.
 * A lost race for a table is retried with another free one; anything else is a 409 with its reason.
 */
export async function placeMeeting(args: {
  event: EventDefinition;
  meeting: MeetingRecord;
  sides: MeetingSides;
  slotId: string;
  transition: (placed: MeetingRecord) => TransactionItem;
  extraItems: TransactionItem[];
  now: string;
}): Promise<MeetingRecord> {
  const { event, meeting, sides, slotId } = args;
  checkSlot(event, sides, slotId);
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const table = anyFreeTable(await takenTables(event.id, slotId), event.meetings.tablesPerSlot);
    if (table === undefined) throw new DomainError('conflict', 'no-table-free', 'Every table is taken in this slot.');
    const placed: MeetingRecord = { ...meeting, status: 'confirmed', slotId, table, sequence: meeting.sequence + 1, updatedAt: args.now };
    const emails = bothSidesEmails('meeting-confirmed', event, placed, args.sides).map((message) => newConfirmation(message, meeting.meetingRequestId, args.now));
    const outcome = await writeNamedTransaction({
      meeting: args.transition(placed),
      ...slotBookingItems(placed, event),
      extra: args.extraItems,
      emails: emails.map(putConfirmation),
      // From the status the transition requires (pending for an accept; confirmed for a reschedule: no change).
      dashboard: meetingMoved(event.id, meeting.status, 'confirmed'),
    });
    if (outcome.committed) return placed;
    if (outcome.refused('meeting')) throw new DomainError('conflict', 'meeting-changed', 'This meeting request was answered or changed meanwhile.');
    if (outcome.refused('requesterLock')) throw new DomainError('conflict', 'requester-booked', 'The requester already has a meeting in this slot.');
    if (outcome.refused('recipientLock')) throw new DomainError('conflict', 'recipient-booked', 'The recipient already has a meeting in this slot.');
    if (outcome.refused('availability')) throw new DomainError('conflict', 'participant-unavailable', 'One of you is not available in this slot any more.');
    // Anything else refused means the meeting moved under us (e.g. a concurrent reschedule).
    if (!outcome.refused('tablePool') && !outcome.conflicted) throw new DomainError('conflict', 'meeting-changed', 'This meeting changed meanwhile; reload it.');
    await backoff(attempt);
  }
  throw new DomainError('busy', 'busy', 'This slot is in high demand; please retry in a second.');
}
