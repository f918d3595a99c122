import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserKey } from '../organisers/admin-support';
import { bearer, register } from '../support/registrations';
import { registrationsOf } from '../support/table-reads';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const raised = testEvent({ capacity: 5 });
const raced = testEvent({ capacity: 5 });
let app: TestApp;
const keys: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp([raised, raced]);
  for (const event of [raised, raced]) keys[event.id] = await organiserKey(event.id);
}, 120_000);
afterAll(() => app?.stop());

const setCapacity = (eventId: string, capacity: number) =>
  app.request('PATCH', `/admin/events/${eventId}`, { headers: bearer(keys[eventId]!), body: { capacity } });

/** Nobody waits while a seat is free, and no more seats are given than the capacity. */
async function expectSeatRule(eventId: string, capacity: number) {
  const records = (await registrationsOf(app, eventId)) as { status: string }[];
  const confirmed = records.filter((record) => record.status === 'confirmed').length;
  const waiting = records.filter((record) => record.status === 'waitlisted').length;
  expect(confirmed).toBeLessThanOrEqual(capacity);
  if (waiting > 0) expect(confirmed).toBe(capacity);
  return { confirmed, waiting };
}

describe('changing the capacity', () => {
  it('promotes the waiting list in order with their emails when raised, and still takes registrations', async () => {
    expect((await setCapacity(raised.id, 2)).status).toBe(200);
    const people: Awaited<ReturnType<typeof register>>[] = [];
    for (let i = 0; i < 4; i += 1) people.push(await register(app, raised.id));
    expect(people.map((person) => person.json.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);

    expect((await setCapacity(raised.id, 3)).status).toBe(200);
    const statusOf = async (person: (typeof people)[number]) =>
      (await jsonOf(await app.request('GET', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken) }))).status;
    expect([await statusOf(people[2]!), await statusOf(people[3]!)]).toEqual(['confirmed', 'waitlisted']);

    expect((await setCapacity(raised.id, 10)).status).toBe(200);
    expect(await statusOf(people[3]!)).toBe('confirmed');
    const started = Date.now();
    const newcomer = await register(app, raised.id);
    expect(newcomer.response.status).toBe(201);
    expect(newcomer.json.status).toBe('confirmed');
    expect(Date.now() - started).toBeLessThan(5_000);

    await app.drainStreams();
    for (const person of people.slice(2)) {
      const subjects = (await app.mailTo(person.body.email as string)).map((mail) => mail.subject);
      expect(subjects).toEqual([expect.stringMatching(/attente|waiting|انتظار/i), expect.anything()]);
    }
    await expectSeatRule(raised.id, 10);
  });

  it('refuses a capacity below the confirmed count with a 409 naming the field', async () => {
    const response = await setCapacity(raised.id, 1);
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await jsonOf(response)).errors[0].path).toBe('capacity');
  });

  it('keeps the seat rule when registrations race a capacity rise', async () => {
    expect((await setCapacity(raced.id, 3)).status).toBe(200);
    await Promise.all(Array.from({ length: 6 }, () => register(app, raced.id)));
    const [results, patched] = await Promise.all([
      Promise.all(Array.from({ length: 12 }, () => register(app, raced.id))),
      setCapacity(raced.id, 12),
    ]);
    expect(patched.status).toBe(200);
    expect(results.every((result) => result.response.status === 201)).toBe(true);
    const { confirmed, waiting } = await expectSeatRule(raced.id, 12);
    expect(confirmed + waiting).toBe(18);
    expect(confirmed).toBe(12);
  });
});
