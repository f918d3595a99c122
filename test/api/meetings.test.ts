import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askMeeting, meetingAction, meetingActionRetryingBusy, registerPeople, seedPeople, type Person } from '../support/meetings';
import { retryingBusy } from '../support/retrying-busy';
import { answerTokenFor } from '../../shared/security/answer-token';
import { bearer } from '../support/registrations';
import { expectBookingInvariants } from '../support/meeting-invariants';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const event = testEvent({ capacity: 500 });
const tight = testEvent({ capacity: 500, meetings: { ...testEvent().meetings, tablesPerSlot: 3, maxPendingOutgoingRequests: 2 } });
let app: TestApp;
const slots = event.meetings.slots.map((slot) => slot.id);

beforeAll(async () => {
  app = await startTestApp([event, tight]);
});
afterAll(() => app.stop());

const people = (eventId: string, count: number, overrides: Record<string, unknown> = {}) => registerPeople(app, eventId, count, overrides);
/** Confirmed people seeded in the table, where registering is not what the test is about (docs/testing.md, "Seeded people"). */
const seeded = (definition: typeof event, count: number) => seedPeople(app, definition, count);

const ask = (eventId: string, from: Person, to: Person, proposedSlotIds = [slots[0]!, slots[1]!]) => askMeeting(app, eventId, from, to, proposedSlotIds);

const act = (who: Person, id: string, action: string, body?: unknown) => meetingAction(app, who, id, action, body);
/** For the concurrency tests: DynamoDB Local's lock time-outs (503) on a loaded machine are asked again, as a client would. */
const actRetrying = (who: Person, id: string, action: string, body?: unknown) => meetingActionRetryingBusy(app, who, id, action, body);

const calendarOf = (content: string) => new ICAL.Component(ICAL.parse(Buffer.from(content, 'base64').toString('utf8')));

describe('B2B meetings', () => {
  it('serves an empty agenda as a valid, empty calendar feed', async () => {
    const [loner] = await people(event.id, 1, { programme: [] });
    const agenda = await jsonOf(await app.request('GET', `/registrations/${loner!.registrationId}/agenda`, { headers: bearer(loner!.manageToken) }));
    const feed = await app.request('GET', new URL(agenda.feedUrl).pathname + new URL(agenda.feedUrl).search);
    expect(feed.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent')).toEqual([]);
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('goes directory → request → email → accept → invitations → agenda → cancel → METHOD:CANCEL', async () => {
    const [amina, karim, hidden] = await people(event.id, 3);
    await app.request('PATCH', `/registrations/${hidden!.registrationId}`, { headers: bearer(hidden!.manageToken), body: { directoryOptIn: false } });

    expect((await app.request('GET', `/events/${event.id}/participants`)).status).toBe(401);
    const directory = await jsonOf(await app.request('GET', `/events/${event.id}/participants?limit=100`, { headers: bearer(amina!.manageToken) }));
    const ids = directory.participants.map((participant: { registrationId: string }) => participant.registrationId);
    expect(ids).toContain(karim!.registrationId);
    expect(ids).not.toContain(hidden!.registrationId);
    expect(JSON.stringify(directory)).not.toMatch(/@example\.org|\+212600000001/);
    const filtered = await jsonOf(await app.request('GET', `/events/${event.id}/participants?sector=ict&country=ma&q=logistics`, { headers: bearer(amina!.manageToken) }));
    expect(filtered.participants.length).toBeGreaterThan(0);
    expect((await jsonOf(await app.request('GET', `/events/${event.id}/participants?sector=textile`, { headers: bearer(amina!.manageToken) }))).participants).toEqual([]);
    // A filter the event cannot match is a 400 naming it, not an empty page; unknown parameters are ignored, as on every route.
    const directoryQuery = (query: string) => app.request('GET', `/events/${event.id}/participants?${query}`, { headers: bearer(amina!.manageToken) });
    const refused = await directoryQuery('sector=zz&country=ZZ&foo=1');
    expect(refused.status).toBe(400);
    expect((await jsonOf(refused)).errors.map((error: { path: string }) => error.path).sort()).toEqual(['query.country', 'query.sector']);
    expect((await jsonOf(await directoryQuery('sector=ICT'))).errors).toEqual([{ path: 'query.sector', message: expect.stringContaining('is not a sector of') }]);

    const requested = await ask(event.id, amina!, karim!);
    expect(requested.status).toBe(201);
    const meeting = await jsonOf(requested);
    expect(meeting).toMatchObject({ status: 'pending', fromRegistrationId: amina!.registrationId });
    await app.drainStreams();
    const [requestMail] = (await app.mailTo(karim!.email)).filter((mail) => mail.body.html?.includes(meeting.meetingRequestId));
    expect(requestMail!.body.html).toContain('&lt;b&gt;logistics&lt;/b&gt;');
    const answerLink = /href="(https?:\/\/[^"]*\/answer#token=[^"]+)"/.exec(requestMail!.body.html!)![1]!.replaceAll('&amp;', '&');
    expect(new URL(answerLink).pathname).toBe(`/fr/meeting-requests/${meeting.meetingRequestId}/answer`);
    const token = new URLSearchParams(new URL(answerLink).hash.slice(1)).get('token')!;
    const answerPage = await app.request('GET', `/meeting-requests/${meeting.meetingRequestId}/answer?token=${token}`);
    expect(answerPage.status).toBe(303);
    expect(answerPage.headers.get('location')).toBe(answerLink);

    expect((await act(amina!, meeting.meetingRequestId, 'accept', { slotId: slots[0] })).status).toBe(403);
    const accepted = await act(karim!, meeting.meetingRequestId, 'accept', { slotId: slots[0] });
    expect(accepted.status).toBe(200);
    const confirmedMeeting = await jsonOf(accepted);
    expect(confirmedMeeting).toMatchObject({ status: 'confirmed', slotId: slots[0], table: expect.any(Number) });
    expect(confirmedMeeting.table).toBeGreaterThanOrEqual(1);
    expect(confirmedMeeting.table).toBeLessThanOrEqual(event.meetings.tablesPerSlot);
    await app.drainStreams();
    for (const person of [amina!, karim!]) {
      const invitation = (await app.mailTo(person.email)).find((mail) => mail.attachments.some((file) => Buffer.from(file.content, 'base64').toString().includes('METHOD:REQUEST')));
      const ics = invitation!.attachments.find((file) => Buffer.from(file.content, 'base64').toString().includes('METHOD:REQUEST'))!;
      const vevent = calendarOf(ics.content).getFirstSubcomponent('vevent')!;
      expect(calendarOf(ics.content).getFirstPropertyValue('method')).toBe('REQUEST');
      expect(String(vevent.getFirstPropertyValue('uid'))).toContain(meeting.meetingRequestId);
      expect(String(vevent.getFirstPropertyValue('location'))).toContain(String(confirmedMeeting.table));
      // The reader's own manage page, where the agenda cancels or moves the meeting.
      const manageLink = /href="(https?:\/\/[^"]*\/registrations\/[^"#]+#token=[^"]+)"/.exec(invitation!.body.html!)![1]!.replaceAll('&amp;', '&');
      expect(new URL(manageLink).pathname).toMatch(new RegExp(`^/[a-z]{2}/registrations/${person.registrationId}$`));
      const manageToken = new URLSearchParams(new URL(manageLink).hash.slice(1)).get('token')!;
      expect((await app.request('GET', `/registrations/${person.registrationId}`, { headers: bearer(manageToken) })).status).toBe(200);
    }

    const agenda = await jsonOf(await app.request('GET', `/registrations/${amina!.registrationId}/agenda`, { headers: bearer(amina!.manageToken) }));
    expect(agenda.entries.find((entry: { kind: string }) => entry.kind === 'meeting')).toMatchObject({ slotId: slots[0], table: confirmedMeeting.table, counterpart: { registrationId: karim!.registrationId } });
    const feed = await app.request('GET', new URL(agenda.feedUrl).pathname + new URL(agenda.feedUrl).search);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(meeting.meetingRequestId);
    const revoked = await jsonOf(await app.request('POST', `/registrations/${amina!.registrationId}/agenda/feed/revoke`, { headers: bearer(amina!.manageToken) }));
    expect((await app.request('GET', new URL(agenda.feedUrl).pathname + new URL(agenda.feedUrl).search)).status).toBe(403);
    expect((await app.request('GET', new URL(revoked.feedUrl).pathname + new URL(revoked.feedUrl).search)).status).toBe(200);

    expect((await act(hidden!, meeting.meetingRequestId, 'cancel')).status).toBe(403);
    const cancelled = await act(amina!, meeting.meetingRequestId, 'cancel');
    expect(await jsonOf(cancelled)).toMatchObject({ status: 'cancelled' });
    await app.drainStreams();
    const cancelMail = (await app.mailTo(karim!.email)).find((mail) => mail.attachments.some((file) => Buffer.from(file.content, 'base64').toString().includes('METHOD:CANCEL')));
    const cancelEvent = calendarOf(cancelMail!.attachments.find((file) => Buffer.from(file.content, 'base64').toString().includes('METHOD:CANCEL'))!.content).getFirstSubcomponent('vevent')!;
    expect(String(cancelEvent.getFirstPropertyValue('uid'))).toContain(meeting.meetingRequestId);
    expect(Number(cancelEvent.getFirstPropertyValue('sequence'))).toBeGreaterThan(1);

    const again = await jsonOf(await ask(event.id, karim!, amina!));
    expect((await act(amina!, again.meetingRequestId, 'accept', { slotId: slots[0] })).status).toBe(200);
  });

  it('answers an invitation link only with the fields its action takes, naming every one that does not apply (outside probe)', async () => {
    const [from, to] = await seeded(event, 2);
    const meeting = await jsonOf(await ask(event.id, from!, to!));
    const token = await answerTokenFor({ meetingRequestId: meeting.meetingRequestId, recipientId: to!.registrationId, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const answer = (body: unknown) => app.request('POST', `/meeting-requests/${meeting.meetingRequestId}/invitation`, { headers: bearer(token), body });
    const refusals: [unknown, string[]][] = [
      [{ action: 'accept-later', slotId: slots[0] }, ['slotId']],
      [{ action: 'accept', slotId: 'nope', reason: 'why' }, ['reason', 'slotId']],
      [{ action: 'zzz', slotId: 'nope' }, ['action', 'slotId']],
      [{ action: 'decline', slotId: slots[0], reason: 'Busy' }, ['slotId']],
    ];
    for (const [body, named] of refusals) {
      const response = await answer(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const errors = (await jsonOf(response)).errors as { path: string; message: string }[];
      expect(errors.map((error) => error.path).sort(), JSON.stringify(body)).toEqual(named);
    }
    expect((await jsonOf(await answer({ action: 'accept-later', slotId: slots[0] }))).errors).toEqual([{ path: 'slotId', message: 'is not a field of action accept-later' }]);
    expect((await jsonOf(await answer({ action: 'zzz' }))).errors).toEqual([{ path: 'action', message: 'must be one of accept, accept-later, decline' }]);
    expect((await jsonOf(await answer({}))).errors).toEqual([{ path: 'action', message: 'is required' }]);
    expect((await jsonOf(await answer('accept'))).status).toBe(400);
    // Nothing was answered by the refusals.
    const accepted = await answer({ action: 'accept', slotId: slots[1] });
    expect(accepted.status).toBe(200);
    expect(await jsonOf(accepted)).toMatchObject({ status: 'confirmed', slotId: slots[1] });
  });

  it('refuses marking unavailable a slot that holds a confirmed meeting (409 naming it), and changes nothing', async () => {
    const [from, to] = await seeded(event, 2);
    const meeting = await jsonOf(await ask(event.id, from!, to!));
    expect(await jsonOf(await act(to!, meeting.meetingRequestId, 'accept', { slotId: slots[0] }))).toMatchObject({ status: 'confirmed', slotId: slots[0] });
    const read = async (person: Person) => jsonOf(await app.request('GET', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken) }));
    for (const person of [from!, to!]) {
      const before = await read(person);
      const refused = await app.request('PATCH', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken), body: { unavailableSlotIds: [slots[2], slots[0]], jobTitle: 'Changed' } });
      expect(refused.status).toBe(409);
      const problem = await jsonOf(refused);
      expect(problem).toMatchObject({ type: 'urn:rendezvous:problem:meeting-in-unavailable-slot', detail: expect.stringContaining(meeting.meetingRequestId) });
      expect(problem.errors).toEqual([{ path: 'unavailableSlotIds.1', message: expect.stringContaining(meeting.meetingRequestId) }]);
      expect(await read(person)).toEqual(before);
    }
    expect((await app.request('PATCH', `/registrations/${from!.registrationId}`, { headers: bearer(from!.manageToken), body: { unavailableSlotIds: [slots[2]] } })).status).toBe(200);
    // Once the meeting is cancelled, the slot may be marked.
    expect((await act(from!, meeting.meetingRequestId, 'cancel', {})).status).toBe(200);
    expect((await app.request('PATCH', `/registrations/${from!.registrationId}`, { headers: bearer(from!.manageToken), body: { unavailableSlotIds: [slots[2], slots[0]] } })).status).toBe(200);
  });

  it('refuses yourself, unlisted people, a second pending request, and more than the quota', async () => {
    const [a, b, c, d, unlisted] = await seeded(tight, 5);
    await app.request('PATCH', `/registrations/${unlisted!.registrationId}`, { headers: bearer(unlisted!.manageToken), body: { directoryOptIn: false } });
    expect((await ask(tight.id, a!, a!)).status).toBe(409);
    expect((await ask(tight.id, a!, unlisted!)).status).toBe(409);
    expect((await ask(tight.id, a!, b!)).status).toBe(201);
    expect((await jsonOf(await ask(tight.id, b!, a!))).type).toContain('pending-request-exists');
    expect((await ask(tight.id, a!, c!)).status).toBe(201);
    expect((await jsonOf(await ask(tight.id, a!, d!))).type).toContain('too-many-pending-requests');
    expect((await ask(tight.id, a!, b!, ['no-such-slot'])).status).toBe(400);
  });

  it('gives one participant one meeting per slot: 50 concurrent accepts → one 200, 49 × 409', async () => {
    const [busy, ...others] = await seeded(event, 51);
    const requests = await Promise.all(others.map(async (other) => jsonOf(await ask(event.id, other, busy!, [slots[3]!]))));
    const answers = await Promise.all(requests.map((request) => actRetrying(busy!, request.meetingRequestId, 'accept', { slotId: slots[3] })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
  }, 150_000);

  it('gives out no more tables than the slot has: 10 concurrent accepts of disjoint pairs, 3 tables → 3 confirmed', async () => {
    const crowd = await seeded(tight, 20);
    const pairs = Array.from({ length: 10 }, (_, index) => [crowd[2 * index]!, crowd[2 * index + 1]!] as const);
    const requests = await Promise.all(pairs.map(async ([from, to]) => ({ to, meeting: await jsonOf(await ask(tight.id, from, to, [slots[5]!])) })));
    const answers = await Promise.all(requests.map(({ to, meeting }) => actRetrying(to, meeting.meetingRequestId, 'accept', { slotId: slots[5] })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 409, 409, 409, 409, 409, 409, 409]);
    const tables = await Promise.all(answers.filter((answer) => answer.status === 200).map(async (answer) => (await jsonOf(answer)).table));
    expect(tables.sort()).toEqual([1, 2, 3]);
  });

  it('keeps every invariant under a random concurrent mix of requests, accepts, cancels and reschedules', async () => {
    const crowd = await seeded(tight, 12);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    const meetings: { id: string; from: (typeof crowd)[number]; to: (typeof crowd)[number] }[] = [];
    const step = async () => {
      const roll = Math.random();
      if (roll < 0.35 || meetings.length === 0) {
        const from = pick(crowd);
        const to = pick(crowd.filter((person) => person !== from));
        const response = await retryingBusy(() => ask(tight.id, from, to, [pick(slots.slice(0, 4)), pick(slots.slice(4, 8))].filter((slot, index, all) => all.indexOf(slot) === index)));
        if (response.status === 201) meetings.push({ id: (await jsonOf(response)).meetingRequestId, from, to });
        return response.status;
      }
      const meeting = pick(meetings);
      if (roll < 0.7) return (await actRetrying(meeting.to, meeting.id, 'accept', { slotId: pick(slots.slice(0, 8)) })).status;
      if (roll < 0.85) return (await actRetrying(pick([meeting.from, meeting.to]), meeting.id, 'reschedule', { slotId: pick(slots.slice(0, 8)) })).status;
      return (await actRetrying(pick([meeting.from, meeting.to]), meeting.id, 'cancel')).status;
    };
    const statuses = (await Promise.all(Array.from({ length: 8 }, async () => Promise.all(Array.from({ length: 15 }, step))))).flat();
    expect(statuses.filter((status) => status >= 500)).toEqual([]);

    await expectBookingInvariants(app, tight.id, 3);
  });

  it('cancels a leaving participant’s meetings and tells the counterparts', async () => {
    const [leaver, partner] = await people(event.id, 2);
    const meeting = await jsonOf(await ask(event.id, leaver!, partner!, [slots[6]!]));
    expect((await act(partner!, meeting.meetingRequestId, 'accept', { slotId: slots[6] })).status).toBe(200);
    expect((await app.request('DELETE', `/registrations/${leaver!.registrationId}`, { headers: bearer(leaver!.manageToken) })).status).toBe(200);
    const after = await jsonOf(await app.request('GET', `/meeting-requests/${meeting.meetingRequestId}`, { headers: bearer(partner!.manageToken) }));
    expect(after.status).toBe('cancelled');
    await app.drainStreams();
    expect((await app.mailTo(partner!.email)).some((mail) => mail.attachments.some((file) => Buffer.from(file.content, 'base64').toString().includes('METHOD:CANCEL')))).toBe(true);
  });
});
