import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askMeeting, meetingAction, seedPeople } from '../support/meetings';
import { adminRequest, startOrganiserApp } from '../support/organiser-app';
import { jsonOf, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const base = testEvent();
const event = testEvent({ capacity: 500, meetings: { ...base.meetings, participantsPickSlots: false } });

let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
});
afterAll(() => app.stop());

const admin = (method: string, path: string, body?: unknown) => adminRequest(app, key, event.id, method, path, body);

describe('Schedule all on events of odd shapes', () => {
  it('says the event has no meeting slots when the organisers removed them all while meetings wait (was a 500)', async () => {
    const [from, to] = await seedPeople(app, event, 2);
    const id = (await jsonOf(await askMeeting(app, event.id, from!, to!, [event.meetings.slots[0]!.id]))).meetingRequestId as string;
    expect((await jsonOf(await meetingAction(app, to!, id, 'accept', {}))).status).toBe('accepted');
    expect((await admin('PATCH', '', { meetings: { slots: [] } })).status).toBe(200);

    const preview = await admin('POST', '/schedule', { timeLimitMs: 200 });
    expect(preview.status).toBe(409);
    expect((await jsonOf(preview)).type).toBe('urn:rendezvous:problem:no-meeting-slots');
  });
});
