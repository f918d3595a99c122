import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { runtimeConfig } from '../config/runtime-config';
import { DomainError } from '../domain-error';
import type { EventDefinition } from '../events/event-definition';
import type { FieldError } from '../http/problem';
import { readCounters } from '../registrations/event-counters';
import { dynamo } from '../storage/dynamo-client';
import { slotTablesKey } from '../storage/keys';

/** The tables in use in a slot: the meetings placed there (pending requests hold none). */
async function tablesInUse(eventId: string, slotId: string): Promise<number[]> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: runtimeConfig().MEETING_REQUESTS_TABLE, Key: slotTablesKey(eventId, slotId), ConsistentRead: true }));
  return [...((Item?.taken as Set<number> | undefined) ?? [])];
}

/**
 * Meetings already placed must keep their slot and table: removing a slot that holds any, or
 * lowering the tables per slot below a table in use, is refused (409) naming the field. One
 * GetItem per slot concerned (the slot's table set), so the cost follows the number of slots.
 */
async function placedMeetingIssues(current: EventDefinition, changed: EventDefinition): Promise<FieldError[]> {
  const kept = new Set(changed.meetings.slots.map((slot) => slot.id));
  const removed = current.meetings.slots.filter((slot) => !kept.has(slot.id));
  const fewerTables = changed.meetings.tablesPerSlot < current.meetings.tablesPerSlot;
  const checked = fewerTables ? current.meetings.slots : removed;
  const inUse = await Promise.all(checked.map(async (slot) => ({ slot, tables: await tablesInUse(current.id, slot.id) })));
  const issues: FieldError[] = inUse
    .filter(({ slot, tables }) => !kept.has(slot.id) && tables.length > 0)
    .map(({ slot, tables }) => ({ path: 'meetings.slots', message: `slot ${slot.id} (${slot.start} to ${slot.end}) holds ${tables.length} placed meeting(s): cancel or move them before removing it` }));
  const highest = Math.max(0, ...inUse.filter(({ slot }) => kept.has(slot.id)).flatMap(({ tables }) => tables));
  if (fewerTables && highest > changed.meetings.tablesPerSlot) {
    issues.push({ path: 'meetings.tablesPerSlot', message: `must be at least ${highest}: a meeting is placed at table ${highest}` });
  }
  return issues;
}

/** A programme item's places may not go below the seats already taken (confirmed attendees holding it). */
async function programmeIssues(current: EventDefinition, changed: EventDefinition): Promise<FieldError[]> {
  const lowered = changed.programme.filter((item) => {
    const before = current.programme.find((candidate) => candidate.id === item.id);
    return item.capacity !== undefined && (before?.capacity === undefined || item.capacity < before.capacity);
  });
  if (lowered.length === 0) return [];
  const { programmeSeats } = await readCounters(current.id);
  return lowered.flatMap((item) => {
    const taken = programmeSeats[item.id] ?? 0;
    return item.capacity! < taken ? [{ path: `programme.${item.id}`, message: `must be at least ${taken}, the places already taken` }] : [];
  });
}

/** Refuses (409, every field named) a change that would strand placed meetings or taken programme places. */
export async function guardSettingsChange(current: EventDefinition, changed: EventDefinition): Promise<void> {
  const issues = [...(await placedMeetingIssues(current, changed)), ...(await programmeIssues(current, changed))];
  if (issues.length > 0) throw new DomainError('conflict', 'settings-conflict-with-bookings', 'Meetings or places already booked do not fit this change; see errors.', issues);
}
