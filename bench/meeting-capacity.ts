/**
 * Part 6: write capacity per confirmed meeting. The items each accept's transaction wrote or checked
 * (placeMeeting in shared/meetings/place-meeting.ts, with answer-meeting.ts and meeting-items.ts)
 * are found in snapshots of the tables taken just before and just after the timed accepts, and
 * priced with part 3's rules (bench/item-size.ts): the meeting request (update), both participation
 * copies (puts over the pending copies), both slot locks, the slot's table pool, the pending-pair
 * guard (delete), the requester's counters (update), both confirmation emails and the availability
 * ConditionChecks on both registrations.
 */
import { meetingKey } from '../shared/meetings/meeting-record';
import { participantCountersKey, participantMeetingKey, pendingPairKey, registrationKey, slotLockKey, slotTablesKey } from '../shared/storage/keys';
import type { Item, ItemWrite } from './item-size';
import { chargedUnits, indexesOfTable, requireStored, storedItem, type ChargedUnits, type StoredItems, type TransactionItemWrite } from './write-capacity';

type Key = { pk: string; sk: string };

/** A MeetingRequests item as it was before and after the accept (a put may create or replace it). */
function meetingTableWrite(before: StoredItems, after: StoredItems, kind: string, action: ItemWrite['action'], key: Key): TransactionItemWrite {
  const previous = storedItem(before.meetingRequests, key);
  const current = action === 'delete' ? undefined : storedItem(after.meetingRequests, key);
  if ((action !== 'put' && !previous) || (action !== 'delete' && !current)) throw new Error(`${kind} ${key.pk} ${key.sk}: not stored as a ${action} leaves it`);
  return { kind, write: { action, ...(previous ? { before: previous } : {}), ...(current ? { after: current } : {}) }, indexes: indexesOfTable('meetingRequests') };
}

/**
 * The slot's pool as this accept found and left it. Accepts take a random free table and run
 * concurrently, so their order is unknown: the accepts of a slot are priced as if they took its
 * tables in ascending order, which gives the same pool sizes as any order (0..n-1 tables before,
 * 1..n after), within a few bytes of digits (checked against the pool as stored at the end).
 */
function slotPoolWrite(after: StoredItems, eventId: string, slotId: string, table: number): TransactionItemWrite {
  const stored = requireStored(after.meetingRequests, slotTablesKey(eventId, slotId), 'slot pool');
  const taken = (stored.taken?.NS ?? []).map(Number).sort((a, b) => a - b);
  const position = taken.indexOf(table);
  if (position === -1) throw new Error(`slot pool ${slotId} does not hold table ${table}: ${taken.join(',')}`);
  const pool = (tables: number[]): Item => ({ ...stored, taken: { NS: tables.map(String) } });
  const found = taken.slice(0, position);
  return { kind: 'slot pool', write: { action: 'update', ...(found.length > 0 ? { before: pool(found) } : {}), after: pool([...found, table]) }, indexes: indexesOfTable('meetingRequests') };
}

const attribute = (item: Item, name: string): string => {
  const value = item[name]?.S ?? item[name]?.N;
  if (value === undefined) throw new Error(`meeting request has no ${name}`);
  return value;
};

/** Everything one accept's transaction wrote or checked, in the order placeMeeting sends them. */
function acceptWrites(before: StoredItems, after: StoredItems, emails: Map<string, Item[]>, meetingRequestId: string): TransactionItemWrite[] {
  const meeting = requireStored(after.meetingRequests, meetingKey(meetingRequestId), 'meeting request');
  const [eventId, slotId, from, to] = ['eventId', 'slotId', 'fromRegistrationId', 'toRegistrationId'].map((name) => attribute(meeting, name)) as [string, string, string, string];
  const sides = [from, to];
  const confirmations = emails.get(meetingRequestId) ?? [];
  if (confirmations.length !== 2) throw new Error(`meeting ${meetingRequestId}: ${confirmations.length} confirmation emails written, not 2`);
  const write = (kind: string, action: ItemWrite['action'], key: Key) => meetingTableWrite(before, after, kind, action, key);
  return [
    write('meeting request', 'update', meetingKey(meetingRequestId)),
    ...sides.map((side) => write('slot lock', 'put', slotLockKey(eventId, slotId, side))),
    slotPoolWrite(after, eventId, slotId, Number(attribute(meeting, 'table'))),
    ...sides.map((side) => write('participation', 'put', participantMeetingKey(side, meetingRequestId))),
    ...sides.map((side) => ({
      kind: 'availability check',
      write: { action: 'check' as const, before: requireStored(after.registrations, registrationKey(side), 'registration') },
      indexes: indexesOfTable('registrations'),
    })),
    write('pending pair', 'delete', pendingPairKey(eventId, from, to)),
    write('requester counters', 'update', participantCountersKey(from)),
    ...confirmations.map((item) => ({ kind: 'confirmation', write: { action: 'put' as const, after: item }, indexes: indexesOfTable('confirmations') })),
  ];
}

/** Confirmation records written between the two snapshots, by the meeting they are about. */
function newConfirmationsBySubject(before: StoredItems, after: StoredItems): Map<string, Item[]> {
  const bySubject = new Map<string, Item[]>();
  for (const [key, item] of after.confirmations) {
    const subject = item.subjectId?.S;
    if (before.confirmations.has(key) || !subject) continue;
    bySubject.set(subject, [...(bySubject.get(subject) ?? []), item]);
  }
  return bySubject;
}

/** Per confirmed meeting: the items of its accept, priced by DynamoDB's rules. */
export function meetingCharges(before: StoredItems, after: StoredItems, meetingRequestIds: readonly string[]): ChargedUnits {
  const emails = newConfirmationsBySubject(before, after);
  return chargedUnits(meetingRequestIds.map((id) => acceptWrites(before, after, emails, id)));
}
