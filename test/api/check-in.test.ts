import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';
import { ticketTokenFor } from '../../shared/security/ticket-token';
import { eventCountersKey } from '../../shared/storage/keys';
import { organiserKey } from '../organisers/admin-support';
import { bearer, register } from '../support/registrations';
import { getItem } from '../support/table-reads';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/** Tickets (QR token and typed code) and checking in at the door (docs/check-in.md). */
const event = testEvent({ capacity: 100 });
const small = testEvent({ capacity: 1 });
let app: TestApp;
let key: string;
let doorKey: string;

beforeAll(async () => {
  app = await startTestApp([event, small]);
  key = await organiserKey(event.id);
  doorKey = (await createOrganiserKey({ eventId: event.id, label: 'entrance', role: 'door-staff' })).key;
}, 60_000);
afterAll(() => app?.stop());

async function ticketed(overrides: Record<string, unknown> = {}, eventId = event.id) {
  const person = await register(app, eventId, overrides);
  const view = await jsonOf(await app.request('GET', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken) }));
  return { ...person, ticket: view.ticket as { token: string; code: string } | undefined };
}

const scan = (body: Record<string, unknown>, credential = doorKey, eventId = event.id) =>
  app.request('POST', `/admin/events/${eventId}/check-ins`, { headers: bearer(credential), body });

const checkedInCount = async (eventId = event.id) => Number((await getItem(app.tableNames.registrations, eventCountersKey(eventId)))?.checkedInCount ?? 0);

describe('tickets', () => {
  it('gives a confirmed seat a signed ticket token without personal data and a typed code, in the manage view and the email', async () => {
    const person = await ticketed({ firstName: 'Yasmine', lastName: 'Alaoui', language: 'en' });
    expect(person.ticket!.token).toMatch(/^t1\.[0-9A-Z]{26}\.0\.[A-Za-z0-9_-]{22}$/);
    expect(person.ticket!.token).not.toMatch(/yasmine|alaoui|example/i);
    expect(person.ticket!.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    await app.drainStreams();
    const [mail] = await app.mailTo(person.body.email as string);
    expect(mail!.body.text).toContain(person.ticket!.code);
    // The local SES store inlines `cid:` images as data URLs when it parses the message.
    expect(mail!.body.html).toMatch(/<img src="(cid:ticket-qr|data:image\/png;base64,[^"]+)" alt="QR code of your ticket"/);
    expect(mail!.attachments.map((attachment) => attachment.contentType)).toContain('image/png');
  });

  it('gives no ticket to a waitlisted registration', async () => {
    await register(app, small.id);
    const waiting = await ticketed({}, small.id);
    expect(waiting.json.status).toBe('waitlisted');
    expect(waiting.ticket).toBeUndefined();
  });
});

describe('POST /admin/events/{id}/check-ins', () => {
  it('checks a ticket holder in once: the second scan answers "already" with the first time; the counter counts one', async () => {
    const person = await ticketed({ firstName: 'Omar', lastName: 'Tazi', organisation: 'Logismed' });
    const before = await checkedInCount();
    const first = await scan({ ticket: person.ticket!.token });
    expect(first.status).toBe(201);
    const firstBody = await jsonOf(first);
    expect(firstBody).toMatchObject({ outcome: 'checked-in', alreadyCheckedIn: false, attendee: { firstName: 'Omar', lastName: 'Tazi', organisation: 'Logismed', status: 'confirmed' } });
    const again = await scan({ ticket: person.ticket!.token }, key);
    expect(again.status).toBe(200);
    expect(await jsonOf(again)).toMatchObject({ outcome: 'already-checked-in', alreadyCheckedIn: true, checkedInAt: firstBody.checkedInAt });
    expect(await checkedInCount()).toBe(before + 1);
  });

  it('checks in exactly once under 20 concurrent scans of the same ticket', async () => {
    const person = await ticketed();
    const before = await checkedInCount();
    const responses = await Promise.all(Array.from({ length: 20 }, () => scan({ ticket: person.ticket!.token })));
    const bodies = await Promise.all(responses.map(jsonOf));
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 200)).toHaveLength(19);
    expect(new Set(bodies.map((body) => body.checkedInAt)).size).toBe(1);
    expect(bodies.filter((body) => body.alreadyCheckedIn)).toHaveLength(19);
    expect(await checkedInCount()).toBe(before + 1);
  });

  it('takes the typed code in any case, with or without the hyphen, and keeps an offline scan time', async () => {
    const person = await ticketed();
    const typed = person.ticket!.code.replace('-', ' ').toLowerCase();
    const scannedAt = new Date(Date.now() - 60_000).toISOString();
    const response = await scan({ code: typed, scannedAt });
    expect(response.status).toBe(201);
    expect(await jsonOf(response)).toMatchObject({ outcome: 'checked-in', checkedInAt: scannedAt, attendee: { registrationId: person.json.registrationId } });
  });

  it('counts a scan time no scan can have (a phone clock reset to 1970, or ahead of ours) as now', async () => {
    for (const scannedAt of ['1970-01-01T00:00:10Z', new Date(Date.now() - 3_600_000).toISOString(), new Date(Date.now() + 3_600_000).toISOString()]) {
      const person = await ticketed();
      const before = Date.now();
      const body = await jsonOf(await scan({ code: person.ticket!.code, scannedAt }));
      expect(body.outcome, scannedAt).toBe('checked-in');
      // An hour ago is before this ticket existed (registered just now, beyond 5 minutes of clock drift).
      expect(Date.parse(body.checkedInAt), scannedAt).toBeGreaterThanOrEqual(before - 1000);
    }
  });

  it('names a cancelled ticket (revoked on cancellation) and does not check it in', async () => {
    const person = await ticketed();
    expect((await app.request('DELETE', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken) })).status).toBe(200);
    const before = await checkedInCount();
    for (const body of [{ ticket: person.ticket!.token }, { code: person.ticket!.code }]) {
      const response = await scan(body);
      expect(response.status).toBe(200);
      expect(await jsonOf(response)).toMatchObject({ outcome: 'not-admitted', alreadyCheckedIn: false, reason: 'cancelled', attendee: { status: 'cancelled' } });
    }
    expect(await checkedInCount()).toBe(before);
  });

  it('flags a waitlisted registration and a ticket of an older version as not admitted', async () => {
    const waiting = await ticketed({}, small.id);
    const smallKey = await organiserKey(small.id);
    const forWaiting = await ticketTokenFor(small.id, { registrationId: waiting.json.registrationId, ticketVersion: 0 });
    expect(await jsonOf(await scan({ ticket: forWaiting }, smallKey, small.id))).toMatchObject({ outcome: 'not-admitted', reason: 'waitlisted' });
    const person = await ticketed();
    const older = await ticketTokenFor(event.id, { registrationId: person.json.registrationId, ticketVersion: 7 });
    expect(await jsonOf(await scan({ ticket: older }))).toMatchObject({ outcome: 'not-admitted', reason: 'revoked' });
  });

  it('refuses forged, foreign and malformed tickets with a problem naming the field', async () => {
    const person = await ticketed();
    const tampered = person.ticket!.token.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    const foreign = await ticketTokenFor(small.id, { registrationId: person.json.registrationId, ticketVersion: 0 });
    for (const ticket of [tampered, foreign, 'not a ticket']) {
      const response = await scan({ ticket });
      expect(response.status).toBe(400);
      expect((await jsonOf(response)).errors).toEqual([{ path: 'ticket', message: expect.any(String) }]);
    }
    expect((await scan({ code: 'ZZZZ-ZZZZ' })).status).toBe(404);
    const both = await scan({ ticket: person.ticket!.token, code: person.ticket!.code });
    expect(both.status).toBe(400);
    expect((await jsonOf(await scan({ code: '!!' }))).errors).toEqual([{ path: 'code', message: expect.any(String) }]);
  });

  it('names a malformed code or ticket in the same 400 as the body\'s other bad fields (outside probe)', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ code: 'zz', scannedAt: '2019-02-30T25:00:00Z', x: 1 }, ['code', 'scannedAt']],
      [{ ticket: 'zz', scannedAt: 'bad' }, ['ticket', 'scannedAt']],
    ];
    for (const [body, named] of cases) {
      const response = await scan(body);
      expect(response.status).toBe(400);
      const paths = (await jsonOf(response)).errors.map((error: { path: string }) => error.path);
      expect(paths).toEqual(expect.arrayContaining(named));
    }
    // Alone, each keeps its own type, which the door's scanner explains.
    expect((await jsonOf(await scan({ code: 'zz' }))).type).toBe('urn:rendezvous:problem:invalid-ticket-code');
    expect((await jsonOf(await scan({ ticket: 'zz' }))).type).toBe('urn:rendezvous:problem:invalid-ticket');
  });

  it('shows check-ins in the export (checkedInAt column), the admin list and the summary totals', async () => {
    const person = await ticketed({ firstName: 'Hind', lastName: 'Chraibi' });
    const checked = await jsonOf(await scan({ ticket: person.ticket!.token }));
    const csv = await (await app.request('GET', `/admin/events/${event.id}/registrations`, { headers: { ...bearer(key), accept: 'text/csv' } })).text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const column = header!.split(',').indexOf('checkedInAt');
    expect(column).toBeGreaterThan(0);
    expect(rows.find((row) => row.includes(person.json.registrationId))!.split(',')[column]).toBe(checked.checkedInAt);
    const list = await jsonOf(await app.request('GET', `/admin/events/${event.id}/registrations?limit=500`, { headers: bearer(key) }));
    expect(list.items.find((item: { registrationId: string }) => item.registrationId === person.json.registrationId)).toMatchObject({ checkedInAt: checked.checkedInAt });
    const summary = await jsonOf(await app.request('GET', `/admin/events/${event.id}/summary`, { headers: bearer(key) }));
    expect(summary.figures.totals.checkedIn).toBe(await checkedInCount());
    expect(summary.figures.registrations.checkedIn).toBe(await checkedInCount());
  });

  it('lets a door-staff key check in and nothing else', async () => {
    expect((await app.request('GET', `/admin/events/${event.id}/registrations`, { headers: bearer(doorKey) })).status).toBe(403);
    expect((await app.request('GET', `/admin/events/${event.id}/registrations`, { headers: bearer(key) })).status).toBe(200);
    expect((await scan({ code: 'ZZZZ-ZZZZ' }, doorKey, small.id)).status).toBe(403);
  });
});
