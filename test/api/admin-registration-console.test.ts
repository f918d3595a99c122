import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserKey } from '../organisers/admin-support';
import { askMeeting } from '../support/meetings';
import { register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/** The console's registrations: free-text search, the detail of one, and cancelling it for the attendee. */
const run = Date.now().toString(36);
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const event = testEvent({ capacity: 100 });
const otherEvent = testEvent();
const smallEvent = testEvent({ capacity: 1 });
let app: TestApp;
let key: string;

beforeAll(async () => {
  app = await startTestApp([event, otherEvent, smallEvent]);
  key = await organiserKey(event.id);
}, 60_000);
afterAll(() => app?.stop());

const admin = (method: string, path: string) => app.request(method, `/admin/events/${event.id}${path}`, { headers: { authorization: `Bearer ${key}` } });
const person = (overrides: Record<string, unknown>) => register(app, event.id, { email: `p.${run}.${Math.random().toString(36).slice(2)}@example.org`, ...overrides });

describe('GET /admin/events/{id}/registrations?q= (search)', () => {
  it('finds name, email and organisation whatever the case and accents, every word must match, and pages without loss', async () => {
    await person({ firstName: 'Élodie', lastName: 'Martin', organisation: `Cluster Solaire ${run}` });
    await person({ firstName: 'مُحمّد', lastName: 'العلوي', organisation: `Logismed ${run}` });
    await person({ firstName: 'Yassine', lastName: 'Idrissi', organisation: `Logismed ${run}`, email: `yassine.${run}@logismed.example` });
    const names = async (q: string, limit = 100) => (await jsonOf(await admin('GET', `/registrations?q=${encodeURIComponent(q)}&limit=${limit}`))).items.map((item: { lastName: string }) => item.lastName).sort();
    expect(await names('ELODIE')).toEqual(['Martin']);
    expect(await names('محمد')).toEqual(['العلوي']);
    expect(await names(`logismed ${run}`)).toEqual(['Idrissi', 'العلوي']);
    expect(await names(`yassine.${run}@`)).toEqual(['Idrissi']);
    expect(await names(`solaire logismed`)).toEqual([]);

    // One match a page: the cursor continues after the last one served, so the second is not lost.
    const first = await jsonOf(await admin('GET', `/registrations?q=${encodeURIComponent(`logismed ${run}`)}&limit=1`));
    expect(first.items).toHaveLength(1);
    const second = await jsonOf(await admin('GET', `/registrations?q=${encodeURIComponent(`logismed ${run}`)}&limit=1&cursor=${first.nextCursor}`));
    expect([first.items[0].lastName, second.items[0].lastName].sort()).toEqual(['Idrissi', 'العلوي']);
  });

  it('names a too-short search in errors[], and the CSV export applies it and logs it', async () => {
    const short = await admin('GET', '/registrations?q=a&status=nope');
    expect(short.status).toBe(400);
    expect((await jsonOf(short)).errors.map((error: { path: string }) => error.path).sort()).toEqual(['query.q', 'query.status']);
    const csv = await app.request('GET', `/admin/events/${event.id}/registrations?q=martin`, { headers: { authorization: `Bearer ${key}`, accept: 'text/csv' } });
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows).toHaveLength(2);
    const log = await jsonOf(await admin('GET', '/exports'));
    expect(log.items[0]).toMatchObject({ list: 'registrations', format: 'csv', filter: { q: 'martin' }, rows: 1 });
  });
});

describe('GET /admin/events/{id}/registrations as an Excel workbook', () => {
  it('holds the same rows as the CSV, text never a formula, and is logged with its format', async () => {
    await person({ firstName: '=HYPERLINK("x")', lastName: `Xlsx${run}`, organisation: 'Cluster Ψ', phone: '+212600000002' });
    const response = await app.request('GET', `/admin/events/${event.id}/registrations?q=xlsx${run}`, { headers: { authorization: `Bearer ${key}`, accept: xlsxType } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(xlsxType);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="registrations-${event.id}.xlsx"`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const cells = Object.entries(files).filter(([name]) => name.startsWith('xl/')).map(([, bytes]) => strFromU8(bytes)).join('\n');
    expect(cells).toContain(`Xlsx${run}`);
    expect(cells).toContain('+212600000002');
    expect(cells).toContain('=HYPERLINK("x")');
    expect(cells).not.toContain('<f>');
    const log = await jsonOf(await admin('GET', '/exports'));
    expect(log.items[0]).toMatchObject({ list: 'registrations', format: 'xlsx', filter: { q: `xlsx${run}` }, rows: 1 });
  });
});

describe('GET /admin/events/{id}/registrations/{registrationId} (detail)', () => {
  it('shows every field, the meetings by status, the ticket and the emails sent', async () => {
    const { json: asker } = await person({ firstName: 'Karim', lastName: 'Asker' });
    const { json: target } = await person({ firstName: 'Nadia', lastName: 'Target', accessibilityNeeds: 'Wheelchair access' });
    const asked = await askMeeting(app, event.id, { ...asker, email: '' } as never, { ...target, email: '' } as never, [event.meetings.slots[0]!.id]);
    expect(asked.status).toBe(201);
    await expect.poll(async () => (await jsonOf(await admin('GET', `/registrations/${target.registrationId}`))).emails[0]?.deliveryStatus, { timeout: 15_000 }).toBe('sent');
    const detail = await jsonOf(await admin('GET', `/registrations/${target.registrationId}`));
    expect(detail.registration).toMatchObject({ registrationId: target.registrationId, firstName: 'Nadia', accessibilityNeeds: 'Wheelchair access', status: target.status });
    expect(detail.meetings).toEqual({ total: 1, byStatus: { pending: 1 } });
    expect(detail.emails[0]).toMatchObject({ kind: 'registration-confirmed', subjectId: target.registrationId });
    expect(detail.ticket).toEqual({ state: 'valid', code: expect.stringMatching(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/) });
  });

  it("is 404 for another event's registration and for an unknown id, 400 naming a malformed one", async () => {
    const { json: foreign } = await register(app, otherEvent.id, { email: `f.${run}@example.org` });
    expect((await admin('GET', `/registrations/${foreign.registrationId}`)).status).toBe(404);
    expect((await admin('POST', `/registrations/${foreign.registrationId}/cancellation`)).status).toBe(404);
    expect((await admin('GET', '/registrations/01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
    const bad = await admin('GET', '/registrations/not-an-id');
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).errors[0].path).toBe('path.registrationId');
  });
});

describe('POST /admin/events/{id}/registrations/{registrationId}/cancellation', () => {
  it('cancels once under concurrent calls, hands the seat on, emails as the attendee cancel does, revokes the ticket', async () => {
    const fresh = smallEvent;
    const freshKey = await organiserKey(fresh.id);
    const leaver = await register(app, fresh.id, { email: `leaver.${run}@example.org` });
    const waiting = await register(app, fresh.id, { email: `waiting.${run}@example.org` });
    expect([leaver.json.status, waiting.json.status]).toEqual(['confirmed', 'waitlisted']);
    const cancel = () => app.request('POST', `/admin/events/${fresh.id}/registrations/${leaver.json.registrationId}/cancellation`, { headers: { authorization: `Bearer ${freshKey}` } });
    const answers = await Promise.all([cancel(), cancel(), cancel()]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const bodies = await Promise.all(answers.map(jsonOf));
    expect(bodies.filter((body) => !body.alreadyCancelled)).toHaveLength(1);
    expect(bodies.find((body) => !body.alreadyCancelled).promotedRegistrationId).toBe(waiting.json.registrationId);

    const detail = await jsonOf(await app.request('GET', `/admin/events/${fresh.id}/registrations/${leaver.json.registrationId}`, { headers: { authorization: `Bearer ${freshKey}` } }));
    expect(detail.registration.status).toBe('cancelled');
    expect(detail.ticket).toEqual({ state: 'revoked' });
    expect(detail.emails.map((email: { kind: string }) => email.kind)).toEqual(['registration-confirmed', 'registration-cancelled']);
    // One cancellation email, and the promoted person's seat email, whatever the number of calls.
    await expect.poll(async () => (await app.mailTo(waiting.body.email as string)).length, { timeout: 15_000 }).toBe(2);
    await expect.poll(async () => (await app.mailTo(leaver.body.email as string)).length, { timeout: 15_000 }).toBe(2);
  });
});
