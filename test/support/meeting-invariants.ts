import { expect } from 'vitest';
import { scanAll } from './table-reads';
import type { TestApp } from './test-app';

/**
 * The booking invariants of an event, read back from everything in the MeetingRequests table: nobody
 * twice in a slot, at most `tablesPerSlot` meetings per slot, every lock and every taken table
 * belongs to a confirmed meeting in that slot. Returns the confirmed meetings.
 */
export async function expectBookingInvariants(app: TestApp, eventId: string, tablesPerSlot: number): Promise<Record<string, unknown>[]> {
  const items = await scanAll(app.tableNames.meetingRequests);
  const confirmed = items.filter((item) => item.entityType === 'meeting-request' && item.eventId === eventId && item.status === 'confirmed');
  const seats = confirmed.flatMap((item) => [`${item.slotId}#${item.fromRegistrationId}`, `${item.slotId}#${item.toRegistrationId}`]);
  expect(new Set(seats).size).toBe(seats.length);
  const perSlot = new Map<string, number>();
  for (const item of confirmed) perSlot.set(item.slotId as string, (perSlot.get(item.slotId as string) ?? 0) + 1);
  for (const count of perSlot.values()) expect(count).toBeLessThanOrEqual(tablesPerSlot);
  const locks = items.filter((item) => item.entityType === 'slot-lock' && String(item.pk).startsWith(`LOCK#${eventId}#`));
  expect(locks.map((lock) => String(lock.pk).replace(`LOCK#${eventId}#`, '')).sort()).toEqual(seats.sort());
  for (const lock of locks) expect(confirmed.some((item) => item.meetingRequestId === lock.meetingRequestId)).toBe(true);
  const pools = items.filter((item) => String(item.pk).startsWith(`SLOT#${eventId}#`));
  for (const pool of pools) {
    const slotId = String(pool.pk).replace(`SLOT#${eventId}#`, '');
    const taken = [...((pool.taken as Set<number> | undefined) ?? [])].sort();
    expect(taken).toEqual(confirmed.filter((item) => item.slotId === slotId).map((item) => item.table as number).sort());
  }
  return confirmed;
}
