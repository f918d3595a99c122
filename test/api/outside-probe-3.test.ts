import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserKey } from '../organisers/admin-support';
import { askMeeting, meetingAction, registerPeople, type Person } from '../support/meetings';
import { bearer, registrationBody } from '../support/registrations';
import { startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { problemOf } from '../support/problems';

// The third outside probe (docs/testing.md, "The outside probe"): a black-box pass over `npm start` from
// angles the first ones did not take. Each case is what it found, kept fixed.
const event = testEvent();
let app: TestApp;
let key: string;
let people: Person[];

beforeAll(async () => {
  app = await startTestApp([event]);
  key = await organiserKey(event.id);
  people = await registerPeople(app, event.id, 6);
});
afterAll(() => app.stop());


const admin = (path: string) => app.request('GET', `/admin/events/${event.id}${path}`, { headers: { authorization: `Bearer ${key}` } });

describe('page cursors', () => {
  it("a cursor of another status on a list read by status is a 400 naming query.cursor, not DynamoDB's 500", async () => {
    // One pending and one confirmed meeting: the unfiltered list (by status, then time) pages from one to the other.
    const [a, b, c, d] = people;
    const slots = event.meetings.slots.map((slot) => slot.id);
    const confirmed = (await (await askMeeting(app, event.id, a!, b!, [slots[0]!])).json()) as { meetingRequestId: string };
    expect((await meetingAction(app, b!, confirmed.meetingRequestId, 'accept', { slotId: slots[0] })).status).toBe(200);
    expect((await askMeeting(app, event.id, c!, d!, [slots[1]!])).status).toBe(201);

    const firstPage = (await (await admin('/meetings?limit=1')).json()) as { items: { status: string }[]; nextCursor: string };
    expect(firstPage.items[0]!.status).toBe('confirmed');
    // The cursor stands on the confirmed meeting: outside `status=pending`'s key condition.
    const other = await admin(`/meetings?status=pending&cursor=${firstPage.nextCursor}`);
    expect(other.status).toBe(400);
    const problem = await problemOf(other);
    expect(problem.type).toBe('urn:rendezvous:problem:invalid-cursor');
    expect(problem.errors?.map((error) => error.path)).toEqual(['query.cursor']);
    // A cursor of its own status still pages.
    const own = (await (await admin('/meetings?status=confirmed&limit=1')).json()) as { nextCursor?: string };
    if (own.nextCursor !== undefined) expect((await admin(`/meetings?status=confirmed&cursor=${own.nextCursor}`)).status).toBe(200);
    expect((await admin(`/meetings?cursor=${firstPage.nextCursor}`)).status).toBe(200);

    // The same on the other lists read by status (press, confirmations), with a sort key outside their prefix.
    const forged = (partition: string) =>
      Buffer.from(JSON.stringify({ pk: 'X#1', sk: 'X', gsi1pk: partition, gsi1sk: 'zzzz#2026-01-01T00:00:00.000Z#1' })).toString('base64url');
    for (const [path, partition] of [
      ['/press-accreditations?status=pending', `EVENT#${event.id}#PRESS`],
      ['/confirmations?status=sent', `EVENT#${event.id}#CONFIRMATIONS`],
      ['/meetings?status=confirmed', `EVENT#${event.id}#MEETINGS`],
    ] as const) {
      const response = await admin(`${path}&cursor=${forged(partition)}`);
      expect(response.status, path).toBe(400);
      expect((await problemOf(response)).errors?.map((error) => error.path)).toEqual(['query.cursor']);
    }
  });
});

describe('request bodies', () => {
  it('a JSON body behind a UTF-8 byte order mark (PowerShell, Notepad, curl -d @file) is read, not a 400 quoting an invisible character', async () => {
    const body = registrationBody();
    const response = await app.request('POST', `/events/${event.id}/registrations`, { rawBody: `\ufeff${JSON.stringify(body)}`, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(201);
    // A mark alone is still an empty body, and one inside the JSON is still malformed.
    const alone = await app.request('POST', `/events/${event.id}/registrations`, { rawBody: '\ufeff', headers: { 'content-type': 'application/json' } });
    expect(alone.status).toBe(400);
    expect((await problemOf(alone)).type).toBe('urn:rendezvous:problem:malformed-json');
    const inside = await app.request('POST', `/events/${event.id}/registrations`, { rawBody: `{\ufeff"firstName":"A"}`, headers: { 'content-type': 'application/json' } });
    expect(inside.status).toBe(400);
  });

  it('a route that reads no body names what it was sent instead of ignoring it: {"erase": true} on the cancellation is a 400, nothing cancelled; so is ?erase=true&erase=false', async () => {
    const person = people[5]!;
    const path = `/registrations/${person.registrationId}`;
    const sent = await app.request('DELETE', `${path}?erase=maybe`, { headers: bearer(person.manageToken), body: { erase: true, reason: 'moving' } });
    expect(sent.status).toBe(400);
    expect((await problemOf(sent)).errors?.map((error) => error.path).sort()).toEqual(['erase', 'query.erase', 'reason']);
    const text = await app.request('POST', `/admin/events/${event.id}/summaries`, { headers: { ...bearer(key), 'content-type': 'text/plain' }, rawBody: 'please' });
    expect((await problemOf(text)).errors).toEqual([{ path: '(body)', message: expect.stringContaining('takes no body') }]);
    const still = (await (await app.request('GET', path, { headers: bearer(person.manageToken) })).json()) as { status: string };
    expect(still.status).toBe('confirmed');
    // A parameter given twice with different values is not settled by its last one.
    const twice = await app.request('DELETE', `${path}?erase=true&erase=false`, { headers: bearer(person.manageToken) });
    expect(twice.status).toBe(400);
    expect((await problemOf(twice)).errors).toEqual([{ path: 'query.erase', message: expect.stringContaining('2 times with different values') }]);
    expect((await admin('/registrations?limit=5&limit=5')).status).toBe(200);
    expect((await admin('/registrations?limit=5&limit=6')).status).toBe(400);
    // What generic clients send with a body-less POST or DELETE still passes: nothing, or {}.
    expect((await app.request('DELETE', path, { headers: bearer(person.manageToken), body: {} })).status).toBe(200);
  });
});

/** Sends raw bytes to the local API and returns everything it answers before closing. */
async function rawExchange(bytes: string): Promise<string> {
  const { port } = new URL(app.apiUrl);
  const socket = net.connect(Number(port), '127.0.0.1');
  socket.write(bytes);
  const chunks: Buffer[] = [];
  for await (const chunk of socket) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const bodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { type: string; status: number };

describe('requests Node refuses before any handler (the local server)', () => {
  it('headers over 16 KB are a 431 and a broken request line a 400, both problem+json like every other error', async () => {
    const huge = await rawExchange(`GET /events/${event.id} HTTP/1.1\r\nHost: localhost\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(huge).toMatch(/^HTTP\/1\.1 431 /);
    expect(huge).toContain('Content-Type: application/problem+json');
    expect(bodyOf(huge)).toMatchObject({ type: 'urn:rendezvous:problem:headers-too-large', status: 431 });
    const broken = await rawExchange('GET /events HTTP/1.1\r\nHost localhost\r\n\r\n');
    expect(broken).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(broken)).toMatchObject({ type: 'urn:rendezvous:problem:malformed-request', status: 400 });
    // The server still answers after them.
    expect((await app.request('GET', `/events/${event.id}`)).status).toBe(200);
  });
});
