import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedWithoutTime, seedPeople } from '../support/meetings';
import { startOrganiserApp } from '../support/organiser-app';
import { bearer } from '../support/registrations';
import { jsonOf, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const base = testEvent();
/** Two slots, one table each: the smallest event where tables, people and availability each run out. */
const event = testEvent({ capacity: 500, meetings: { ...base.meetings, tablesPerSlot: 1, participantsPickSlots: false, slots: base.meetings.slots.slice(0, 2) } });
const slots = event.meetings.slots.map((slot) => slot.id);

let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
});
afterAll(() => app.stop());


describe('Schedule all says what an organiser can act on for each unplaced meeting', () => {
  it('names who is unavailable in every slot, and what takes the slots two people could use', async () => {
    const [hub, first, second, third, waiting, partner, away] = await seedPeople(app, event, 7);
    const marked = await app.request('PATCH', `/registrations/${away!.registrationId}`, { headers: bearer(away!.manageToken), body: { unavailableSlotIds: slots } });
    expect(marked.status).toBe(200);
    // The hub's three meetings take both tables (one of them cannot take place); the pair after them finds no table.
    for (const other of [first, second, third]) await acceptedWithoutTime(app, event.id, hub!, other!, [slots[0]!]);
    const tablesTaken = await acceptedWithoutTime(app, event.id, waiting!, partner!, [slots[0]!]);
    // Asked by the partner: a request may not propose a time its own requester cannot meet at.
    const nobodyFree = await acceptedWithoutTime(app, event.id, partner!, away!, [slots[0]!]);

    const run = await jsonOf(await app.request('POST', `/admin/events/${event.id}/schedule`, { headers: bearer(key), body: { seed: 1, timeLimitMs: 300 } }));
    const placement = (id: string) => run.placements.find((entry: { meetingRequestId: string }) => entry.meetingRequestId === id);
    expect(placement(nobodyFree)).toMatchObject({ status: 'unplaced', reason: 'no-common-slot', unavailableEverywhere: { registrationId: away!.registrationId } });
    expect(placement(tablesTaken)).toMatchObject({
      status: 'unplaced',
      reason: 'no-free-slot',
      slotsTaken: {
        slots: 2,
        byMeetingsOf: [{ registrationId: waiting!.registrationId, slots: 0 }, { registrationId: partner!.registrationId, slots: 0 }],
        noFreeTable: 2,
      },
    });
    const overbooked = run.placements.filter((entry: { reason?: string }) => entry.reason === 'participant-overbooked');
    expect(overbooked).toHaveLength(1);
    expect(overbooked[0].unavailableEverywhere).toBeUndefined();
    expect(overbooked[0].slotsTaken).toBeUndefined();
  });
});
