import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askMeeting, meetingAction, registerPeople, type Person } from '../support/meetings';
import { retryingBusy } from '../support/retrying-busy';
import { bearer } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/*
 * An event whose programme sessions take meetings (`meetings.programmeSessionsBookable`) has meeting
 * slots inside a session a participant may choose (here a site visit moved over the first three slots
 * of day 1). Choosing it makes those slots busy for that person, as marking them unavailable does: it
 * must not put a confirmed meeting and the visit at the same time on their agenda (audit of issue 4).
 */
const base = testEvent();
const [first, second, third] = base.meetings.slots;
const visit = 'visit-mascir';
const event = testEvent({
  capacity: 500,
  meetings: { ...base.meetings, programmeSessionsBookable: true },
  programme: base.programme.map((item) => (item.id === visit ? { ...item, start: first!.start, end: third!.end } : item)),
});
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

const read = async (person: Person) => jsonOf(await app.request('GET', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken) }));
const choose = (person: Person, programme: string[]) =>
  app.request('PATCH', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken), body: { programme } });
const placesLeft = async () => ((await jsonOf(await app.request('GET', `/events/${event.id}`))).programme as { id: string; remainingPlaces?: number }[]).find((item) => item.id === visit)!.remainingPlaces;

async function confirmedMeeting(from: Person, to: Person, slotId: string): Promise<string> {
  const asked = await jsonOf(await askMeeting(app, event.id, from, to, [slotId]));
  expect(await jsonOf(await meetingAction(app, to, asked.meetingRequestId, 'accept', { slotId }))).toMatchObject({ status: 'confirmed', slotId });
  return asked.meetingRequestId as string;
}

describe('a programme item chosen over a confirmed meeting', () => {
  it('is refused with 409 naming the item and the meeting, and changes nothing', async () => {
    const [from, to] = await registerPeople(app, event.id, 2);
    const meetingId = await confirmedMeeting(from!, to!, second!.id);
    const places = await placesLeft();
    for (const person of [from!, to!]) {
      const before = await read(person);
      const refused = await app.request('PATCH', `/registrations/${person.registrationId}`, {
        headers: bearer(person.manageToken),
        body: { programme: ['visit-esith', visit], jobTitle: 'Changed' },
      });
      expect(refused.status).toBe(409);
      const problem = await jsonOf(refused);
      expect(problem).toMatchObject({ type: 'urn:rendezvous:problem:meeting-during-programme-item', detail: expect.stringContaining(meetingId) });
      expect(problem.errors).toEqual([{ path: 'programme.1', message: expect.stringContaining(meetingId) }]);
      expect(await read(person)).toEqual(before);
    }
    expect(await placesLeft()).toBe(places);
    // Both fields at once: each is named; the type is the unavailable slot's, as before.
    const both = await jsonOf(await app.request('PATCH', `/registrations/${to!.registrationId}`, {
      headers: bearer(to!.manageToken),
      body: { programme: [visit], unavailableSlotIds: [second!.id] },
    }));
    expect(both.type).toBe('urn:rendezvous:problem:meeting-in-unavailable-slot');
    expect(both.errors.map((error: { path: string }) => error.path)).toEqual(['unavailableSlotIds.0', 'programme.0']);
    // Once the meeting is cancelled, the visit may be chosen.
    expect((await meetingAction(app, from!, meetingId, 'cancel', {})).status).toBe(200);
    expect((await choose(to!, [visit])).status).toBe(200);
    expect((await read(to!)).programme).toEqual([visit]);
  });

  it('never leaves a meeting and the item at the same time when the accept and the choice race', async () => {
    const people = await registerPeople(app, event.id, 16);
    const pairs = Array.from({ length: 8 }, (_, index) => [people[index * 2]!, people[index * 2 + 1]!] as const);
    const requests = await Promise.all(pairs.map(async ([from, to]) => (await jsonOf(await askMeeting(app, event.id, from, to, [first!.id]))).meetingRequestId as string));
    const outcomes = await Promise.all(
      pairs.map(async ([, to], index) => {
        const [accepted, chosen] = await Promise.all([
          retryingBusy(() => meetingAction(app, to, requests[index]!, 'accept', { slotId: first!.id })),
          retryingBusy(() => choose(to, [visit])),
        ]);
        return { accepted: accepted.status, chosen: chosen.status };
      }),
    );
    for (const [index, [, to]] of pairs.entries()) {
      const agenda = (await jsonOf(await app.request('GET', `/registrations/${to.registrationId}/agenda`, { headers: bearer(to.manageToken) }))).entries as { kind: string }[];
      const kinds = agenda.map((entry) => entry.kind).sort();
      expect(kinds, JSON.stringify(outcomes[index])).not.toEqual(['meeting', 'programme']);
      expect([outcomes[index]!.accepted, outcomes[index]!.chosen].sort(), JSON.stringify(outcomes[index])).toEqual([200, 409]);
    }
  }, 120_000);
});
