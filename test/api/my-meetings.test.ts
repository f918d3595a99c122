import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBookable } from '../../shared/meetings/bookable-slots';
import { askMeeting, meetingAction, registerPeople, type Person } from '../support/meetings';
import { bearer } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const event = testEvent({ capacity: 200 });
const bookable = event.meetings.slots.filter((slot) => isBookable(event, slot)).map((slot) => slot.id);
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

const get = (who: Person, path: string) => app.request('GET', path, { headers: bearer(who.manageToken) });
const freeSlots = async (who: Person, other?: Person) =>
  (await jsonOf(await get(who, `/registrations/${who.registrationId}/meeting-slots${other ? `?with=${other.registrationId}` : ''}`))).slots.map((slot: { id: string }) => slot.id);

describe('slots free for both (what "Request a meeting" proposes)', () => {
  it('lists only slots free on both sides: each one’s unavailable slots and booked meetings are left out, and nothing else of the other is said', async () => {
    const [asker, target, third] = await registerPeople(app, event.id, 3);
    const [a, b, c] = bookable as [string, string, string];
    expect(bookable.length).toBeGreaterThan(3);
    expect(await freeSlots(asker!)).toEqual(bookable);
    // The target marks one slot unavailable and has a meeting in another; the asker is away in a third.
    await app.request('PATCH', `/registrations/${target!.registrationId}`, { headers: bearer(target!.manageToken), body: { unavailableSlotIds: [a] } });
    const booked = await jsonOf(await askMeeting(app, event.id, third!, target!, [b]));
    expect((await meetingAction(app, target!, booked.meetingRequestId, 'accept', { slotId: b })).status).toBe(200);
    await app.request('PATCH', `/registrations/${asker!.registrationId}`, { headers: bearer(asker!.manageToken), body: { unavailableSlotIds: [c] } });

    const common = await freeSlots(asker!, target!);
    expect(common).toEqual(bookable.filter((id) => ![a, b, c].includes(id)));
    const response = await get(asker!, `/registrations/${asker!.registrationId}/meeting-slots?with=${target!.registrationId}`);
    expect(Object.keys(await jsonOf(response))).toEqual(['slots']);
  });

  it('refuses yourself, a participant not in the directory, another registration’s path and a bad id, each with its status', async () => {
    const [asker, hidden] = await registerPeople(app, event.id, 2);
    await app.request('PATCH', `/registrations/${hidden!.registrationId}`, { headers: bearer(hidden!.manageToken), body: { directoryOptIn: false } });
    const path = `/registrations/${asker!.registrationId}/meeting-slots`;
    expect((await get(asker!, `${path}?with=${asker!.registrationId}`)).status).toBe(409);
    expect((await get(asker!, `${path}?with=${hidden!.registrationId}`)).status).toBe(409);
    expect((await get(asker!, `${path}?with=01ARZ3NDEKTSV4RRFFQ69G5FAV`)).status).toBe(404);
    const invalid = await get(asker!, `${path}?with=nope`);
    expect(invalid.status).toBe(400);
    expect((await jsonOf(invalid)).errors.map((error: { path: string }) => error.path)).toEqual(['query.with']);
    expect((await get(asker!, `/registrations/${hidden!.registrationId}/meeting-slots`)).status).toBe(403);
  });
});

describe('my meeting requests (incoming and outgoing)', () => {
  it('lists both sides’ requests with the role, message and counterpart, and follows accept, decline and cancel', async () => {
    const [me, asksMe, iAsk, other] = await registerPeople(app, event.id, 4);
    const incoming = await jsonOf(await askMeeting(app, event.id, asksMe!, me!, [bookable[0]!, bookable[1]!]));
    const outgoing = await jsonOf(await askMeeting(app, event.id, me!, iAsk!, [bookable[2]!]));
    await askMeeting(app, event.id, asksMe!, other!, [bookable[0]!]);

    const list = async (who: Person) => (await jsonOf(await get(who, `/registrations/${who.registrationId}/meeting-requests`))).meetingRequests;
    const mine = await list(me!);
    expect(mine.map((request: { meetingRequestId: string }) => request.meetingRequestId)).toEqual([outgoing.meetingRequestId, incoming.meetingRequestId]);
    expect(mine[1]).toMatchObject({ role: 'recipient', status: 'pending', proposedSlotIds: [bookable[0], bookable[1]], message: 'Shall we talk <b>logistics</b>?', counterpart: { registrationId: asksMe!.registrationId, firstName: 'P1' } });
    expect(mine[0]).toMatchObject({ role: 'requester', status: 'pending', counterpart: { registrationId: iAsk!.registrationId } });
    expect(JSON.stringify(mine)).not.toMatch(/@|\+212/);

    await meetingAction(app, me!, incoming.meetingRequestId, 'accept', {});
    await meetingAction(app, me!, outgoing.meetingRequestId, 'cancel');
    expect((await list(me!)).map((request: { status: string }) => request.status)).toEqual(['cancelled', 'accepted']);
    // A pending request withdrawn: its recipient reads that, not that a meeting was cancelled.
    await expect.poll(async () => (await app.mailTo(iAsk!.email)).map((mail) => mail.subject).find((subject) => /withdrawn|retirée|سحب/.test(subject)), { timeout: 15_000 }).toBeDefined();
    expect((await app.mailTo(iAsk!.email)).some((mail) => /cancelled|annulé|إلغاء/.test(mail.subject))).toBe(false);
    expect((await list(asksMe!)).map((request: { role: string }) => request.role)).toEqual(['requester', 'requester']);
  });

  it('is only for the registration’s own token', async () => {
    const [me, someone] = await registerPeople(app, event.id, 2);
    expect((await app.request('GET', `/registrations/${me!.registrationId}/meeting-requests`)).status).toBe(401);
    expect((await get(someone!, `/registrations/${me!.registrationId}/meeting-requests`)).status).toBe(403);
  });
});
