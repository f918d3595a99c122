import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventAdminPolicy, policyAllows } from '../../shared/organisers/authorizer-policy';
import { doorSearchesPerMinute } from '../../shared/api/check-in-api';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';
import { eventCountersKey } from '../../shared/storage/keys';
import { organiserKey } from '../organisers/admin-support';
import { bearer, register } from '../support/registrations';
import { getItem } from '../support/table-reads';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/** The door search and checking in from its result (docs/check-in.md, "Finding someone without their ticket"). */
const event = testEvent({ capacity: 100 });
const small = testEvent({ capacity: 1 });
let app: TestApp;
let key: string;
let doorKey: string;
let smallDoorKey: string;

beforeAll(async () => {
  app = await startTestApp([event, small]);
  key = await organiserKey(event.id);
  doorKey = (await createOrganiserKey({ eventId: event.id, label: 'entrance', role: 'door-staff' })).key;
  smallDoorKey = (await createOrganiserKey({ eventId: small.id, label: 'entrance', role: 'door-staff' })).key;
}, 60_000);
afterAll(() => app?.stop());

const search = (q: string, credential = doorKey, eventId = event.id) =>
  app.request('GET', `/admin/events/${eventId}/check-ins?q=${encodeURIComponent(q)}`, { headers: bearer(credential) });
const checkIn = (body: Record<string, unknown>, credential = doorKey, eventId = event.id) =>
  app.request('POST', `/admin/events/${eventId}/check-ins`, { headers: bearer(credential), body });
const checkedInCount = async (eventId = event.id) => Number((await getItem(app.tableNames.registrations, eventCountersKey(eventId)))?.checkedInCount ?? 0);

async function ticketed(overrides: Record<string, unknown>, eventId = event.id) {
  const person = await register(app, eventId, { phone: '+212661234567', jobTitle: 'Directrice', ...overrides });
  const view = await jsonOf(await app.request('GET', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken) }));
  return { ...person, ticket: view.ticket as { token: string; code: string } | undefined };
}

describe('GET /admin/events/{id}/check-ins?q= (the door search)', () => {
  it('finds by name, organisation or email, any case and accents, and answers only what the door needs', async () => {
    const elodie = await ticketed({ firstName: 'Élodie', lastName: 'Lefèvre', organisation: 'Atlas Sécurité', email: `e.lefevre.${Date.now()}@atlas-door.example` });
    for (const q of ['elodie lefevre', 'LEFÈVRE', 'atlas securite', `e.lefevre.`]) {
      const response = await search(q);
      expect(response.status, q).toBe(200);
      const body = await jsonOf(response);
      expect(body.items.map((item: { registrationId: string }) => item.registrationId), q).toContain(elodie.json.registrationId);
    }
    // Arabic names as door staff type them: ه for a final ة, no hamza on the alef.
    const sara = await ticketed({ firstName: 'سارة', lastName: 'أمزيان', language: 'ar' });
    for (const q of ['ساره امزيان', 'سارة أمزيان']) expect((await jsonOf(await search(q))).items.map((item: { registrationId: string }) => item.registrationId), q).toEqual([sara.json.registrationId]);
    const body = await jsonOf(await search('elodie lefevre'));
    expect(body.more).toBe(false);
    expect(body.items).toEqual([{ registrationId: elodie.json.registrationId, firstName: 'Élodie', lastName: 'Lefèvre', organisation: 'Atlas Sécurité', status: 'confirmed' }]);
    // Searched, never answered: the email; never read out: phone, job, country, profile, the ticket itself.
    const text = JSON.stringify(body);
    for (const secret of [elodie.body.email as string, '+212661234567', 'Directrice', 'IoT platforms', elodie.ticket!.code, elodie.ticket!.token, '"MA"']) expect(text).not.toContain(secret);
  });

  it('tells the ticket state: checked in at, not yet, cancelled, waitlisted', async () => {
    const stamp = Date.now().toString(36);
    const here = await ticketed({ lastName: `Checked${stamp}` });
    const notYet = await ticketed({ lastName: `Waiting${stamp}` });
    const gone = await ticketed({ lastName: `Gone${stamp}` });
    await app.request('DELETE', `/registrations/${gone.json.registrationId}`, { headers: bearer(gone.json.manageToken) });
    const checkedInAt = (await jsonOf(await checkIn({ code: here.ticket!.code }))).checkedInAt;
    const items = (await jsonOf(await search(stamp))).items as Record<string, unknown>[];
    expect(items.map((item) => [item.lastName, item.status, item.checkedInAt])).toEqual([
      [`Checked${stamp}`, 'confirmed', checkedInAt],
      [`Gone${stamp}`, 'cancelled', undefined],
      [`Waiting${stamp}`, 'confirmed', undefined],
    ]);
    await ticketed({ lastName: `First${stamp}` }, small.id);
    await ticketed({ lastName: `Second${stamp}` }, small.id);
    const waitlisted = (await jsonOf(await search(`second${stamp}`, smallDoorKey, small.id))).items;
    expect(waitlisted).toMatchObject([{ lastName: `Second${stamp}`, status: 'waitlisted' }]);
  });

  it('lists at most 20 and says there are more', async () => {
    const organisation = `Crowd ${Date.now().toString(36)}`;
    for (let index = 0; index < 21; index += 1) await register(app, event.id, { organisation });
    const body = await jsonOf(await search(organisation));
    expect(body.items).toHaveLength(20);
    expect(body.more).toBe(true);
  });

  it('is scoped: the own event only, 2 characters at least; a door-staff key opens no other admin route', async () => {
    const person = await ticketed({ lastName: 'Scoped' });
    expect((await search('scoped', doorKey, small.id)).status).toBe(403);
    expect((await search('scoped', key)).status).toBe(200);
    expect((await search('s')).status).toBe(400);
    expect((await app.request('GET', `/admin/events/${event.id}/check-ins`, { headers: bearer(doorKey) })).status).toBe(400);
    expect((await app.request('GET', `/admin/events/${event.id}/check-ins?q=scoped`)).status).toBe(401);
    expect((await app.request('HEAD', `/admin/events/${event.id}/check-ins?q=scoped`, { headers: bearer(doorKey) })).status).toBe(200);
    for (const path of ['', '/registrations', `/registrations/${person.json.registrationId}`, '/registrations?q=scoped', '/dashboard', '/badges.pdf?language=en']) {
      expect((await app.request('GET', `/admin/events/${event.id}${path}`, { headers: bearer(doorKey) })).status, path).toBe(403);
    }
    expect((await app.request('HEAD', `/admin/events/${event.id}/registrations`, { headers: bearer(doorKey) })).status).toBe(403);
    expect((await app.request('POST', `/admin/events/${event.id}/registrations/${person.json.registrationId}/cancellation`, { headers: bearer(doorKey), body: {} })).status).toBe(403);
  });

  it(`lets one key run ${doorSearchesPerMinute} searches a minute: of 40 at once, ${doorSearchesPerMinute} answer and the rest are a 429 with Retry-After; another key is not held back`, async () => {
    const busy = (await createOrganiserKey({ eventId: event.id, label: 'busy entrance', role: 'door-staff' })).key;
    const other = (await createOrganiserKey({ eventId: event.id, label: 'other entrance', role: 'door-staff' })).key;
    // Not across a minute's turn, which would give the key a fresh allowance halfway.
    if (new Date().getUTCSeconds() > 50) await new Promise((resolve) => setTimeout(resolve, (61 - new Date().getUTCSeconds()) * 1000));
    const responses = await Promise.all(Array.from({ length: 40 }, (_, index) => search(`lefevre ${index}`, busy)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(doorSearchesPerMinute);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - doorSearchesPerMinute);
    const refused = responses.find((response) => response.status === 429)!;
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect((await jsonOf(refused)).type).toBe('urn:rendezvous:problem:too-many-searches');
    expect((await search('lefevre', other)).status).toBe(200);
  }, 90_000);
});

describe("a door-staff key's authorizer policy", () => {
  const methodArn = (method: string, path: string) => `arn:aws:execute-api:eu-west-3:123456789012:abcdef1234/prod/${method}${path}`;
  const policy = eventAdminPolicy(methodArn('GET', '/admin/events/techdays/check-ins'), 'techdays', 'door-staff');

  it('allows the door search and the check-in of its event, nothing else', () => {
    expect(policyAllows(policy, methodArn('GET', '/admin/events/techdays/check-ins'))).toBe(true);
    expect(policyAllows(policy, methodArn('POST', '/admin/events/techdays/check-ins'))).toBe(true);
    for (const [method, path] of [
      ['DELETE', '/admin/events/techdays/check-ins'],
      ['GET', '/admin/events/techdays/check-ins/x'],
      ['GET', '/admin/events/techdays/registrations'],
      ['GET', '/admin/events/techdays'],
      ['GET', '/admin/events/other/check-ins'],
      ['GET', '/admin/events/techdays-2/check-ins'],
    ] as const) {
      expect(policyAllows(policy, methodArn(method, path)), `${method} ${path}`).toBe(false);
    }
  });
});

describe('POST /admin/events/{id}/check-ins with a search result', () => {
  it('checks in once, with the same answers as a scan; a cancelled one is named, not admitted', async () => {
    const person = await ticketed({ firstName: 'Youssef', lastName: 'Amrani' });
    const before = await checkedInCount();
    const first = await checkIn({ registrationId: person.json.registrationId });
    expect(first.status).toBe(201);
    const firstBody = await jsonOf(first);
    expect(firstBody).toMatchObject({ outcome: 'checked-in', attendee: { firstName: 'Youssef', lastName: 'Amrani', status: 'confirmed' } });
    expect(await jsonOf(await checkIn({ code: person.ticket!.code }))).toMatchObject({ outcome: 'already-checked-in', checkedInAt: firstBody.checkedInAt });
    expect(await jsonOf(await checkIn({ registrationId: person.json.registrationId }))).toMatchObject({ outcome: 'already-checked-in', checkedInAt: firstBody.checkedInAt });
    expect(await checkedInCount()).toBe(before + 1);

    const gone = await ticketed({});
    await app.request('DELETE', `/registrations/${gone.json.registrationId}`, { headers: bearer(gone.json.manageToken) });
    expect(await jsonOf(await checkIn({ registrationId: gone.json.registrationId }))).toMatchObject({ outcome: 'not-admitted', reason: 'cancelled' });
    expect(await checkedInCount()).toBe(before + 1);
  });

  it('refuses a registration of another event (404), a malformed id and two ways at once (400)', async () => {
    const elsewhere = await ticketed({}, small.id);
    expect((await checkIn({ registrationId: elsewhere.json.registrationId })).status).toBe(404);
    expect((await checkIn({ registrationId: '01ARZ3NDEKTSV4RRFFQ69G5FAV' })).status).toBe(404);
    expect((await jsonOf(await checkIn({ registrationId: 'not-an-id' }))).errors).toEqual([{ path: 'registrationId', message: expect.any(String) }]);
    const person = await ticketed({});
    expect((await checkIn({ registrationId: person.json.registrationId, code: person.ticket!.code })).status).toBe(400);
  });

  it('checks in exactly once under 10 scans of the code and 10 check-ins from the search at the same moment', async () => {
    const person = await ticketed({});
    const before = await checkedInCount();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => checkIn(index % 2 === 0 ? { code: person.ticket!.code } : { registrationId: person.json.registrationId }, index % 4 === 1 ? key : doorKey)),
    );
    const bodies = await Promise.all(responses.map(jsonOf));
    expect(responses.map((response) => response.status).sort((a, b) => a - b)).toEqual([...Array<number>(19).fill(200), 201]);
    expect(new Set(bodies.map((body) => body.checkedInAt)).size).toBe(1);
    expect(await checkedInCount()).toBe(before + 1);
    const found = (await jsonOf(await search(person.body.email as string))).items;
    expect(found).toMatchObject([{ registrationId: person.json.registrationId, checkedInAt: bodies[0].checkedInAt }]);
  });
});
