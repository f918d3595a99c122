import { runtimeConfig } from '../config/runtime-config';
import type { EventDefinition } from '../events/event-definition';
import { meetingMoved } from '../organisers/dashboard-deltas';
import { meetingTransition } from '../meetings/meeting-items';
import type { MeetingRecord } from '../meetings/meeting-record';
import { requireMeeting, takenTables } from '../meetings/meeting-store';
import { findSlot, isBookable } from '../meetings/bookable-slots';
import { anyFreeTable, slotBookingItems } from '../meetings/place-meeting';
import { runPlacementKey } from '../storage/keys';
import { backoff, writeNamedTransaction, writeTransaction, type NamedOutcome, type TransactionItem } from '../storage/transactions';
import { UpdateBuilder } from '../storage/update-builder';
import type { PlacementRecord } from './run-records';

export type PlacementOutcome =
  | { status: 'placed'; table: number }
  | { status: 'conflict'; reason: string; detail: string }
  /** Another attempt of the publisher got there first (the placement is no longer planned). */
  | { status: 'done-before' };

const maxAttempts = 20;
const table = () => runtimeConfig().MEETING_REQUESTS_TABLE;

const conflict = (reason: string, detail: string): PlacementOutcome => ({ status: 'conflict', reason, detail });

/** The placement leaves `planned` (only once: a replay of the same step is refused). */
function settlePlacement(placement: PlacementRecord, next: Partial<PlacementRecord> & { status: PlacementRecord['status'] }, now: string): TransactionItem {
  const update = new UpdateBuilder();
  for (const [name, value] of Object.entries(next)) update.set(name, value);
  update.set('updatedAt', now).when((path, value) => `${path('status')} = ${value('planned')}`);
  return { Update: { TableName: table(), Key: runPlacementKey(placement.runId, placement.meetingRequestId), ...update.build() } };
}

/** The accept transaction, minus its emails (slotBookingItems is the same list), plus settling the placement. */
function bookingItems(event: EventDefinition, meeting: MeetingRecord, placement: PlacementRecord, tableNumber: number, now: string) {
  const slotId = placement.slotId!;
  const placed: MeetingRecord = { ...meeting, status: 'confirmed', slotId, table: tableNumber, sequence: meeting.sequence + 1, updatedAt: now };
  return {
    meeting: meetingTransition(meeting, { status: 'confirmed', slotId, table: tableNumber, sequence: placed.sequence }, ['accepted'], now),
    ...slotBookingItems(event, placed),
    placement: settlePlacement(placement, { status: 'placed', table: tableNumber }, now),
    dashboard: meetingMoved(event.id, 'accepted', 'confirmed'),
  };
}

type BookingOutcome = NamedOutcome<keyof ReturnType<typeof bookingItems>>;

/** Why a booking was refused, or undefined when it should be retried (a table or a race lost). */
function refusal(outcome: BookingOutcome, meeting: MeetingRecord): PlacementOutcome | undefined {
  if (outcome.refused('placement')) return { status: 'done-before' };
  if (outcome.refused('meeting')) return conflict('meeting-changed', 'The meeting was cancelled or placed meanwhile.');
  if (outcome.refused('requesterLock')) return conflict('participant-booked', `${meeting.fromRegistrationId} took another meeting in this slot meanwhile.`);
  if (outcome.refused('recipientLock')) return conflict('participant-booked', `${meeting.toRegistrationId} took another meeting in this slot meanwhile.`);
  if (outcome.refused('availability')) return conflict('participant-unavailable', 'A participant cancelled, marked this slot unavailable or chose a programme session at this time meanwhile.');
  return undefined;
}

/**
 * The organisers may change the event between the preview and the publish (nothing is booked yet, so no
 * guard stops them): a slot removed or now taken by a programme session cannot be booked.
 */
function slotGone(event: EventDefinition, placement: PlacementRecord): PlacementOutcome | undefined {
  const slot = findSlot(event, placement.slotId!);
  if (slot !== undefined && isBookable(event, slot)) return undefined;
  return conflict('slot-changed', 'The organisers removed this slot, or a programme session now takes it, since the preview.');
}

/** The planned table, unless the event has fewer tables now: then any free one. */
const plannedTable = (event: EventDefinition, placement: PlacementRecord): number | undefined =>
  placement.table! <= event.meetings.tablesPerSlot ? placement.table! : undefined;

async function bookPlacement(event: EventDefinition, meeting: MeetingRecord, placement: PlacementRecord, now: string): Promise<PlacementOutcome> {
  let tableNumber = plannedTable(event, placement);
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    if (attempt > 0 || tableNumber === undefined) tableNumber = anyFreeTable(await takenTables(event.id, placement.slotId!), event.meetings.tablesPerSlot);
    if (tableNumber === undefined) return conflict('no-table-free', 'Every table of the slot was taken meanwhile.');
    const outcome = await writeNamedTransaction(bookingItems(event, meeting, placement, tableNumber, now));
    if (outcome.committed) return { status: 'placed', table: tableNumber };
    const refused = refusal(outcome, meeting);
    if (refused) return refused;
    if (outcome.conflicted) await backoff(attempt);
  }
  throw new Error(`Placement of ${placement.meetingRequestId} kept losing races`);
}

/**
 * Books one planned meeting with the invariants of an accept (issue 4): meeting still accepted,
 * both people free in the slot (locks), a table from the slot's pool, both still registered and
 * available, in ONE transaction that also settles the placement. A change made since the preview
 * leaves the meeting unbooked and the placement in conflict, with the reason. No email: the
 * publisher sends each participant one agenda at the end.
 */
export async function placePlanned(event: EventDefinition, placement: PlacementRecord, now: string): Promise<PlacementOutcome> {
  const meeting = await requireMeeting(placement.meetingRequestId);
  const outcome =
    meeting.status !== 'accepted' ? conflict('meeting-changed', `The meeting is ${meeting.status} now.`) : (slotGone(event, placement) ?? (await bookPlacement(event, meeting, placement, now)));
  if (outcome.status !== 'conflict') return outcome;
  const recorded = await writeTransaction([settlePlacement(placement, { status: 'conflict', reason: outcome.reason, detail: outcome.detail }, now)]);
  return recorded.committed ? outcome : { status: 'done-before' };
}
