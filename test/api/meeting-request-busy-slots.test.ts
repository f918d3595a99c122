import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askMeeting, meetingAction, registerPeople, type Person } from '../support/meetings';
import { bearer } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/*
 * A request proposes times the requester can meet at (audit of issue 4): a slot they marked
 * unavailable or that holds their confirmed meeting was accepted, emailed to the recipient as a
 * proposed time, and refused (409) when the recipient chose it.
 */
const event = testEvent({ capacity: 500 });
const slots = event.meetings.slots.map((slot) => slot.id);
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

const markUnavailable = (person: Person, unavailableSlotIds: string[]) =>
  app.request('PATCH', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken), body: { unavailableSlotIds } });
const requestsOf = async (person: Person) =>
  (await jsonOf(await app.request('GET', `/registrations/${person.registrationId}/meeting-requests`, { headers: bearer(person.manageToken) }))).meetingRequests as unknown[];

describe('proposing times for a meeting request', () => {
  it('refuses the requester’s own unavailable and booked slots, naming each, and writes nothing', async () => {
    const [requester, partner, recipient] = await registerPeople(app, event.id, 3);
    const booked = await jsonOf(await askMeeting(app, event.id, requester!, partner!, [slots[0]!]));
    expect((await meetingAction(app, partner!, booked.meetingRequestId, 'accept', { slotId: slots[0] })).status).toBe(200);
    expect((await markUnavailable(requester!, [slots[2]!])).status).toBe(200);
    const before = await requestsOf(recipient!);

    const refused = await askMeeting(app, event.id, requester!, recipient!, [slots[1]!, slots[0]!, slots[2]!]);
    expect(refused.status).toBe(409);
    const problem = await jsonOf(refused);
    expect(problem.type).toBe('urn:rendezvous:problem:requester-unavailable');
    expect(problem.errors).toEqual([
      { path: 'proposedSlotIds.1', message: expect.stringContaining(booked.meetingRequestId) },
      { path: 'proposedSlotIds.2', message: expect.stringContaining('not available') },
    ]);
    expect(await requestsOf(recipient!)).toEqual(before);

    // The free slot alone goes through; so does, once the meeting is cancelled, its slot.
    expect((await askMeeting(app, event.id, requester!, recipient!, [slots[1]!])).status).toBe(201);
    expect((await meetingAction(app, requester!, booked.meetingRequestId, 'cancel', {})).status).toBe(200);
    const [other] = await registerPeople(app, event.id, 1);
    expect((await askMeeting(app, event.id, requester!, other!, [slots[0]!])).status).toBe(201);
  });

  it('does not refuse a slot only the recipient cannot take (their agenda is not revealed by a refusal)', async () => {
    const [requester, recipient] = await registerPeople(app, event.id, 2);
    expect((await markUnavailable(recipient!, [slots[3]!])).status).toBe(200);
    expect((await askMeeting(app, event.id, requester!, recipient!, [slots[3]!, slots[4]!])).status).toBe(201);
  });
});
