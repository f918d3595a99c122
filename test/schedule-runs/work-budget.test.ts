import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askMeeting, meetingAction, seedPeople, type Person } from '../support/meetings';
import { startOrganiserApp } from '../support/organiser-app';
import { bearer } from '../support/registrations';
import { jsonOf, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const base = testEvent();
const event = testEvent({ capacity: 500, meetings: { ...base.meetings, tablesPerSlot: 3, participantsPickSlots: false } });
const slots = event.meetings.slots.map((slot) => slot.id);

let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
});
afterAll(() => app.stop());

const preview = (body: unknown) => app.request('POST', `/admin/events/${event.id}/schedule`, { headers: bearer(key), body });
type Run = { placements: { meetingRequestId: string; slotId?: string; table?: number }[] };
const where = (run: Run) => Object.fromEntries(run.placements.map((placement) => [placement.meetingRequestId, `${placement.slotId}@${placement.table}`]));

/** Everyone meets the next three around a ring, each meeting proposed for one slot: enough for the search to matter. */
async function ringOfAcceptedMeetings(crowd: Person[]): Promise<void> {
  for (const [index, person] of crowd.entries()) {
    for (let step = 1; step <= 3; step += 1) {
      const other = crowd[(index + step) % crowd.length]!;
      const id = (await jsonOf(await askMeeting(app, event.id, person, other, [slots[(index * 3 + step) % slots.length]!]))).meetingRequestId as string;
      expect((await jsonOf(await meetingAction(app, other, id, 'accept', {}))).status).toBe('accepted');
    }
  }
}

describe('Schedule all with a work budget (issue 22: the same seed gives the same schedule on any machine)', () => {
  it('gives the same schedule for the same seed and work, with the time limit as a guard', async () => {
    await ringOfAcceptedMeetings(await seedPeople(app, event, 14));
    const runs = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const answer = await preview({ seed: 4, work: 400_000 });
      expect(answer.status).toBe(201);
      runs.push(await jsonOf(answer));
    }
    const [first, second, third] = runs;
    expect(first).toMatchObject({ seed: 4, work: 400_000, timeLimitMs: 20_000, solver: { stoppedBy: expect.not.stringMatching(/^time$/) } });
    expect(first.solver.work).toBeGreaterThan(0);
    expect(where(second)).toEqual(where(first));
    expect(where(third)).toEqual(where(first));
    expect(second.figures).toEqual(first.figures);
  }, 120_000);

  it('names every malformed option at once', async () => {
    const refused = await preview({ seed: 0, timeLimitMs: 50, work: 1.5 });
    expect(refused.status).toBe(400);
    expect((await jsonOf(refused)).errors.map((error: { path: string }) => error.path).sort()).toEqual(['seed', 'timeLimitMs', 'work']);
    const tooMuch = await preview({ work: 10 ** 12 });
    expect((await jsonOf(tooMuch)).errors.map((error: { path: string }) => error.path)).toEqual(['work']);
  });
});
