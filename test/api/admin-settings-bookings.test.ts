import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askMeeting, meetingAction, registerPeople, type Person } from '../support/meetings';
import { startOrganiserApp } from '../support/organiser-app';
import { jsonOf, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/** PATCH /admin/events/{id} against what is booked: programme places, and slots or tables holding placed meetings. */
const event = testEvent({ capacity: 100 });
const slots = event.meetings.slots;
let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
}, 60_000);
afterAll(() => app?.stop());

const headers = () => ({ authorization: `Bearer ${key}` });
const patch = (body: unknown) => app.request('PATCH', `/admin/events/${event.id}`, { body, headers: headers() });
const definition = async () => jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: headers() }));
const paths = async (response: Response) => (await jsonOf(response)).errors.map((error: { path: string }) => error.path).sort();

/** A meeting between two new participants, accepted in `slotId` (so placed at a table). */
async function placedMeeting(slotId: string): Promise<number> {
  const [asker, host] = (await registerPeople(app, event.id, 2)) as [Person, Person];
  const meeting = await jsonOf(await askMeeting(app, event.id, asker, host, [slotId]));
  const accepted = await jsonOf(await meetingAction(app, host, meeting.meetingRequestId, 'accept', { slotId }));
  expect(accepted).toMatchObject({ status: 'confirmed', slotId });
  return accepted.table;
}

describe('programme places (PATCH programme: { itemId: capacity })', () => {
  it('sets a capacity, removes one with null, and names an unknown item or a zero capacity', async () => {
    const set = await patch({ programme: { 'visit-mascir': 40, 'opening-ceremony': 300 } });
    expect(set.status).toBe(200);
    const byId = (body: { programme: { id: string; capacity?: number }[] }, id: string) => body.programme.find((item) => item.id === id)?.capacity;
    const changed = await jsonOf(set);
    expect([byId(changed, 'visit-mascir'), byId(changed, 'opening-ceremony')]).toEqual([40, 300]);
    const removed = await jsonOf(await patch({ programme: { 'opening-ceremony': null } }));
    expect([byId(removed, 'visit-mascir'), byId(removed, 'opening-ceremony')]).toEqual([40, undefined]);

    const bad = await patch({ programme: { 'visit-mascir': 0, 'opening-ceremony': 'many' } });
    expect(bad.status).toBe(400);
    expect(await paths(bad)).toEqual(['programme.opening-ceremony', 'programme.visit-mascir']);
    const unknown = await patch({ programme: { 'no-such-item': 3 } });
    expect(unknown.status).toBe(400);
    expect(await paths(unknown)).toEqual(['programme.no-such-item']);
  });

  it('is 409 naming programme.<itemId> below the places taken, and changes nothing', async () => {
    const holders = await registerPeople(app, event.id, 2, { programme: ['visit-esith'] });
    expect(holders.map((person) => person.status)).toEqual(['confirmed', 'confirmed']);
    const refused = await patch({ capacity: 90, programme: { 'visit-esith': 1 } });
    expect(refused.status).toBe(409);
    expect((await jsonOf(refused)).errors).toEqual([{ path: 'programme.visit-esith', message: 'must be at least 2, the places already taken' }]);
    const after = await definition();
    expect([after.capacity, after.programme.find((item: { id: string }) => item.id === 'visit-esith').capacity]).toEqual([100, 25]);
    expect((await patch({ programme: { 'visit-esith': 2 } })).status).toBe(200);
  });
});

describe('meeting slots and tables (PATCH meetings)', () => {
  it('refuses removing a slot that holds a placed meeting (409 naming meetings.slots); removes an empty one; edits times', async () => {
    await placedMeeting(slots[1]!.id);
    const refused = await patch({ meetings: { slots: slots.filter((slot) => slot.id !== slots[1]!.id) } });
    expect(refused.status).toBe(409);
    expect((await jsonOf(refused)).errors).toEqual([{ path: 'meetings.slots', message: expect.stringContaining(`slot ${slots[1]!.id}`) }]);
    expect((await definition()).meetings.slots).toHaveLength(slots.length);

    const kept = slots.slice(0, -1);
    expect((await patch({ meetings: { slots: kept } })).status).toBe(200);
    // Ending the first slot five minutes earlier (same offset as the data file).
    const earlier = (iso: string) => new Date(Date.parse(iso) - 5 * 60_000 + 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+01:00');
    const edited = await patch({ meetings: { slots: kept.map((slot, index) => (index === 0 ? { ...slot, end: earlier(slot.end) } : slot)) } });
    expect(edited.status).toBe(200);
    expect(Date.parse((await jsonOf(edited)).meetings.slots[0].end)).toBe(Date.parse(slots[0]!.end) - 5 * 60_000);
  });

  it('refuses fewer tables per slot than a table in use, naming meetings.tablesPerSlot', async () => {
    await Promise.all([placedMeeting(slots[2]!.id), placedMeeting(slots[2]!.id), placedMeeting(slots[2]!.id)]);
    // Tables are given at random among the free ones: the highest in use, whatever the slot.
    const { items } = await jsonOf(await app.request('GET', `/admin/events/${event.id}/meetings?status=confirmed`, { headers: headers() }));
    const highest = Math.max(...items.map((meeting: { table: number }) => meeting.table));
    expect(highest).toBeGreaterThanOrEqual(2);
    const refused = await patch({ meetings: { tablesPerSlot: highest - 1 } });
    expect(refused.status).toBe(409);
    expect((await jsonOf(refused)).errors).toEqual([{ path: 'meetings.tablesPerSlot', message: `must be at least ${highest}: a meeting is placed at table ${highest}` }]);
    expect((await patch({ meetings: { tablesPerSlot: highest } })).status).toBe(200);
  });
});
