import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserKey } from '../organisers/admin-support';
import { registerPeople, type Person } from '../support/meetings';
import { requestAccreditation } from '../support/press';
import { bearer, registrationBody } from '../support/registrations';
import { startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { problemOf, type Problem } from '../support/problems';

// The outside probe: what a stranger sends first to a running stack, kept as a test so that what it
// found stays fixed. Each case names the answer a careful client expects: one 4xx problem+json naming
// every bad field, no 500, no partial write, and one winner when identical requests race.
const contact = { name: 'Press Office', organisation: 'TechDays', email: 'press.office@techdays.example', language: 'en' as const };
const event = testEvent({ pressContacts: [contact] });
let app: TestApp;
let key: string;
let people: Person[];

beforeAll(async () => {
  app = await startTestApp([event]);
  key = await organiserKey(event.id);
  people = await registerPeople(app, event.id, 6);
});
afterAll(() => app.stop());


const pathsOf = (problem: Problem) => (problem.errors ?? []).map((error) => error.path).sort();

const firstSlot = () => event.meetings.slots[0]!.id;

describe('one answer names every bad field, those of the schema and those of the event together', () => {
  it('a press request with a bad email and a day the event does not have', async () => {
    const response = await app.request('POST', `/events/${event.id}/press-accreditations`, {
      body: {
        firstName: 'Jane', lastName: 'Doe', email: 'not-an-email', mediaOutlet: 'Le Matin', mediaType: 'print', country: 'MA',
        coveragePlan: 'Interviews.', days: ['2001-01-01', event.startDate], language: 'en', consent: true,
      },
    });
    expect(response.status).toBe(400);
    expect(pathsOf(await problemOf(response))).toEqual(['days.0', 'email']);
  });

  it('a meeting request with a long message and a slot the event does not have', async () => {
    const [from, to] = people;
    const response = await app.request('POST', `/events/${event.id}/meeting-requests`, {
      headers: bearer(from!.manageToken),
      body: { toRegistrationId: to!.registrationId, message: 'x'.repeat(1_001), proposedSlotIds: ['no-such-slot', firstSlot()] },
    });
    expect(response.status).toBe(400);
    expect(pathsOf(await problemOf(response))).toEqual(['message', 'proposedSlotIds.0']);
  });

  it('a registration change with a bad language, an unknown programme item and an unknown slot', async () => {
    const [person] = people;
    const response = await app.request('PATCH', `/registrations/${person!.registrationId}`, {
      headers: bearer(person!.manageToken),
      body: { language: 'xx', programme: ['no-such-item'], unavailableSlotIds: ['no-such-slot'] },
    });
    expect(response.status).toBe(400);
    expect(pathsOf(await problemOf(response))).toEqual(['language', 'programme.0', 'unavailableSlotIds.0']);
  });

  it('a registration with every kind of bad value at once', async () => {
    const response = await app.request('POST', `/events/${event.id}/registrations`, {
      body: registrationBody({ firstName: 'A\r\nBcc: x@evil.example', email: 'a@b\r\n.c', country: 'ZZ', sectors: ['nope'], consent: 'yes', extra: 1 }),
    });
    expect(response.status).toBe(400);
    expect(pathsOf(await problemOf(response))).toEqual(['consent', 'country', 'email', 'extra', 'firstName', 'sectors.0']);
  });

  it('unknown keys: each named at its own path, nested ones too, never "(body)"', async () => {
    const response = await app.request('POST', `/events/${event.id}/registrations`, {
      body: registrationBody({ x: 1, y: 2, profile: { offer: 'a', request: 'b', extra: 'c' } }),
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(pathsOf(problem)).toEqual(['profile.extra', 'x', 'y']);
    expect(new Set(problem.errors!.map((error) => error.message))).toEqual(new Set(['is not a known field']));
  });

  it('a bad Idempotency-Key beside fields the event refuses: all named at once, and an unknown event is still 404', async () => {
    const badKey = { 'idempotency-key': 'short' };
    const registration = await app.request('POST', `/events/${event.id}/registrations`, { headers: badKey, body: registrationBody({ email: 'x', sectors: ['nope'] }) });
    expect(registration.status).toBe(400);
    expect(pathsOf(await problemOf(registration))).toEqual(['email', 'header.idempotency-key', 'sectors.0']);
    const press = await app.request('POST', `/events/${event.id}/press-accreditations`, {
      headers: badKey,
      body: { firstName: 'Jane', lastName: 'Doe', email: 'jane@lematin.example', mediaOutlet: 'Le Matin', mediaType: 'print', country: 'MA', coveragePlan: 'Interviews.', days: ['2001-01-01'], language: 'en', consent: true },
    });
    expect(press.status).toBe(400);
    expect(pathsOf(await problemOf(press))).toEqual(['days.0', 'header.idempotency-key']);
    const unknownEvent = await app.request('POST', '/events/no-such-event/registrations', { headers: badKey, body: registrationBody() });
    expect(unknownEvent.status).toBe(404);
  });

  it('a list query with a bad limit and a cursor no list returned, in the directory and the console', async () => {
    const [person] = people;
    const directory = await app.request('GET', `/events/${event.id}/participants?limit=0&cursor=zzz`, { headers: bearer(person!.manageToken) });
    expect(directory.status).toBe(400);
    expect(pathsOf(await problemOf(directory))).toEqual(['query.cursor', 'query.limit']);
    const console = await app.request('GET', `/admin/events/${event.id}/registrations?limit=0&cursor=zzz`, { headers: bearer(key) });
    expect(console.status).toBe(400);
    expect(pathsOf(await problemOf(console))).toEqual(['query.cursor', 'query.limit']);
  });

  it('a field that fails two checks is named once, with both reasons', async () => {
    const response = await app.request('POST', `/events/${event.id}/registrations`, {
      body: registrationBody({ profile: { offer: `${'a'.repeat(1_001)}\u0000`, request: 'Partners' } }),
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([{ path: 'profile.offer', message: 'must be at most 1000 characters; must not contain control characters' }]);
  });

  it('a limit that is not a decimal integer: 400 naming query.limit once, in every list', async () => {
    const [person] = people;
    const lists = [
      [`/events/${event.id}/participants`, bearer(person!.manageToken)],
      [`/registrations/${person!.registrationId}/recommendations`, bearer(person!.manageToken)],
      [`/admin/events/${event.id}/registrations`, bearer(key)],
      [`/admin/events/${event.id}/exports`, bearer(key)],
    ] as const;
    // What Number() reads as a number (zod's coerce took 0x10 as 16, 1e1 as 10, " 16" as 16, "" as 0), and
    // 1e20 / 10^20, which failed two checks and named the field twice.
    const refused = ['0x10', '1e1', '%2016', '16%20', '', '16.0', '+16', '1e20', '100000000000000000000'];
    for (const [path, headers] of lists) {
      for (const limit of refused) {
        const response = await app.request('GET', `${path}?limit=${limit}`, { headers });
        expect(response.status, `${path}?limit=${limit}`).toBe(400);
        const problem = await problemOf(response);
        expect(problem.errors, `${path}?limit=${limit}`).toEqual([{ path: 'query.limit', message: expect.stringMatching(/^must be a decimal integer from 1 to \d+$/) }]);
      }
      expect((await app.request('GET', `${path}?limit=16`, { headers })).status, `${path}?limit=16`).toBe(200);
    }
  });

  it('"Schedule all" with a misspelt option and a wrong type: the misspelt one is not silently ignored', async () => {
    const response = await app.request('POST', `/admin/events/${event.id}/schedule`, { headers: bearer(key), body: { seeed: 7, timeLimitMs: 'fast' } });
    expect(response.status).toBe(400);
    expect(pathsOf(await problemOf(response))).toEqual(['seeed', 'timeLimitMs']);
  });

  it('an event change with misspelt keys inside its objects: refused by name, nothing saved', async () => {
    const before = await (await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) })).json();
    const response = await app.request('PATCH', `/admin/events/${event.id}`, {
      headers: bearer(key),
      body: {
        organiserRecipients: [{ email: 'boss@example.org', language: 'fr', lang: 'ar' }],
        meetings: { slots: event.meetings.slots.map((slot, index) => (index === 0 ? { ...slot, tabels: 3 } : slot)) },
      },
    });
    expect(response.status).toBe(400);
    const problem = await problemOf(response);
    expect(problem.errors?.map((error) => error.path).join(' ')).toMatch(/organiserRecipients\.0/);
    expect(problem.errors?.map((error) => error.path).join(' ')).toMatch(/meetings\.slots\.0/);
    const after = await (await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) })).json();
    expect(after).toEqual(before);
  });
});

describe('methods', () => {
  // HEAD is GET without the body (RFC 9110 §9.3.2): the API definition gives every GET route a `head`
  // method on the same function (docs/deployment.md, "HEAD requests").
  it('HEAD on a GET route answers as GET does, status and headers, without the body', async () => {
    const [head, get] = await Promise.all([app.request('HEAD', `/events/${event.id}`), app.request('GET', `/events/${event.id}`)]);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
    expect((await get.text()).length).toBeGreaterThan(0);
  });

  it('HEAD goes through the same gate: 401 without a key, 404 for an unknown event, 200 with the key', async () => {
    const path = `/admin/events/${event.id}/registrations`;
    expect((await app.request('HEAD', path)).status).toBe(401);
    expect((await app.request('HEAD', `/events/no-such-event`)).status).toBe(404);
    const allowed = await app.request('HEAD', path, { headers: bearer(key) });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toBe('');
  });

  it('a method a path does not take is 405, its Allow listing HEAD beside GET; HEAD on a POST-only path too', async () => {
    const wrong = await app.request('DELETE', `/events/${event.id}`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
    const headOnPost = await app.request('HEAD', `/events/${event.id}/registrations`);
    expect(headOnPost.status).toBe(405);
    expect(headOnPost.headers.get('allow')).toBe('POST');
    expect(await headOnPost.text()).toBe('');
  });
});

describe("an organiser's text that reaches email headers", () => {
  // The event's name is the From display name and the end of every Subject; a press contact's name is the
  // To of the decision emails. The mailer cleaned them to one line, but the API stored a CRLF as sent.
  it('is one line: a CR/LF in the event name or a press contact is a 400 naming each, nothing saved', async () => {
    const before = await (await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) })).json();
    const response = await app.request('PATCH', `/admin/events/${event.id}`, {
      headers: bearer(key),
      body: { pressContacts: [{ ...contact, name: 'Press\r\nBcc: evil@example.com', organisation: 'TechDays\u2028Office' }] },
    });
    expect(response.status).toBe(400);
    expect(pathsOf(await problemOf(response))).toEqual(['pressContacts.0.name', 'pressContacts.0.organisation']);
    const renamed = await app.request('PUT', `/admin/events/${event.id}`, { headers: bearer(key), body: { ...before, name: { ...before.name, fr: 'TechDays\r\nBcc: evil@example.com' } } });
    expect(renamed.status).toBe(400);
    expect(pathsOf(await problemOf(renamed))).toEqual(['name.fr']);
    expect(await (await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) })).json()).toEqual(before);
  });
});

describe('identical requests racing', () => {
  it('five concurrent decisions on one press request: one decides, the others are 409 problems naming the request', async () => {
    const accreditationId = await requestAccreditation(app, event.id, event.startDate, `racing.${Date.now()}@lematin.example`);
    const path = `/admin/events/${event.id}/press-accreditations/${accreditationId}/decision`;
    const decisions = ['approve', 'reject', 'approve', 'reject', 'approve'];
    const responses = await Promise.all(decisions.map((decision) => app.request('POST', path, { headers: bearer(key), body: { decision } })));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(await problemOf(refused)).toMatchObject({ type: 'urn:rendezvous:problem:already-decided', status: 409, instance: path });
    }
  });
});
