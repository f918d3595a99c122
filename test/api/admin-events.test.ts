import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../support/registrations';
import { jsonOf, type TestApp } from '../support/test-app';
import { startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';
import { organiserKey } from '../organisers/admin-support';

const event = testEvent({ capacity: 10 });
let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
});
afterAll(() => app?.stop());

const patch = (body: unknown) => app.request('PATCH', `/admin/events/${event.id}`, { body, headers: bearer(key) });

describe('event management', () => {
  it('creates an event with a key made for its id beforehand, then replaces it', async () => {
    const created = testEvent();
    const createdKey = await organiserKey(created.id);
    const first = await app.request('PUT', `/admin/events/${created.id}`, { body: created, headers: bearer(createdKey) });
    expect(first.status).toBe(201);
    expect((await app.request('GET', `/events/${created.id}`)).status).toBe(200);
    const again = await app.request('PUT', `/admin/events/${created.id}`, { body: { ...created, capacity: 77 }, headers: bearer(createdKey) });
    expect(again.status).toBe(200);
    expect((await jsonOf(await app.request('GET', `/admin/events/${created.id}`, { headers: bearer(createdKey) }))).capacity).toBe(77);
  });

  it('refuses a definition for another id or an invalid one, naming the fields', async () => {
    const other = testEvent();
    const mismatch = await app.request('PUT', `/admin/events/${event.id}`, { body: other, headers: bearer(key) });
    expect(mismatch.status).toBe(400);
    expect(await jsonOf(mismatch)).toMatchObject({ type: expect.stringContaining('event-id-mismatch'), errors: [{ path: 'id', message: `must be ${event.id}` }] });
    // Beside a malformed field, the other id is named in the same 400; so is a programme item ending before it starts beside its bad kind.
    const [item] = event.programme;
    const both = await app.request('PUT', `/admin/events/${event.id}`, { body: { ...other, capacity: -1, programme: [{ ...item!, kind: 'party', end: item!.start }] }, headers: bearer(key) });
    expect(both.status).toBe(400);
    expect((await jsonOf(both)).errors.map((error: { path: string }) => error.path).sort()).toEqual(['capacity', 'id', 'programme.0', 'programme.0.kind']);
    const invalid = await app.request('PUT', `/admin/events/${event.id}`, { body: { ...event, capacity: -1, sectors: [] }, headers: bearer(key) });
    expect(invalid.status).toBe(400);
    expect((await jsonOf(invalid)).errors.map((error: { path: string }) => error.path)).toEqual(expect.arrayContaining(['capacity', 'sectors']));
  });

  it('refuses an unknown time zone, overlapping or out-of-event slots and duplicate ids, all at once', async () => {
    const [first, second] = event.meetings.slots;
    const outside = { id: 'late', start: '2099-01-01T10:00:00+01:00', end: '2099-01-01T10:20:00+01:00' };
    const overlapping = { ...second!, start: first!.start };
    const slots = [first!, overlapping, outside];
    const body = { ...event, timeZone: 'Mars/Olympus', meetings: { ...event.meetings, slots }, programme: [...event.programme, event.programme[0]!] };
    const invalid = await app.request('PUT', `/admin/events/${event.id}`, { body, headers: bearer(key) });
    expect(invalid.status).toBe(400);
    expect((await jsonOf(invalid)).errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['timeZone', `programme.${event.programme.length}.id`, 'meetings.slots.1.start']),
    );
    const zoned = await app.request('PUT', `/admin/events/${event.id}`, { body: { ...body, timeZone: event.timeZone }, headers: bearer(key) });
    expect(zoned.status).toBe(400);
    expect((await jsonOf(zoned)).errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining([`programme.${event.programme.length}.id`, 'meetings.slots.1.start', 'meetings.slots.2.start']),
    );
    const patched = await patch({ meetings: { slots } });
    expect(patched.status).toBe(400);
    expect((await jsonOf(patched)).errors.map((error: { path: string }) => error.path)).toEqual(expect.arrayContaining(['meetings.slots.1.start', 'meetings.slots.2.start']));
    expect((await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }))).timeZone).toBe(event.timeZone);
  });

  it('names a malformed field and the rules across fields it does not touch in one 400 (the rules read the fields that parsed)', async () => {
    const [first, second] = event.meetings.slots;
    const body = {
      ...event,
      capacity: 0,
      endDate: '2000-01-01',
      sectors: [...event.sectors, { ...event.sectors[0]!, labels: { ...event.sectors[0]!.labels, ar: '' } }, event.sectors[1]],
      meetings: { ...event.meetings, tablesPerSlot: 'ten', slots: [first!, { ...second!, start: first!.start }] },
    };
    const invalid = await app.request('PUT', `/admin/events/${event.id}`, { body, headers: bearer(key) });
    expect(invalid.status).toBe(400);
    const paths = (await jsonOf(invalid)).errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining([
      'capacity', 'endDate', `sectors.${event.sectors.length}.labels.ar`, `sectors.${event.sectors.length + 1}.id`, 'meetings.tablesPerSlot', 'meetings.slots.1.start',
    ]));
    expect(new Set(paths).size).toBe(paths.length);
    expect((await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }))).capacity).toBe(event.capacity);
  });

  it('changes capacity, deadline, slots and tables, press contacts and recipients', async () => {
    const deadline = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const response = await patch({
      capacity: 20,
      registration: { deadline },
      meetings: { tablesPerSlot: 5, slots: event.meetings.slots.slice(0, 2) },
      pressContacts: [{ name: 'Nadia', organisation: 'Press', email: 'nadia@press.example', language: 'ar' }],
      organiserRecipients: [{ email: 'team@organisers.example', language: 'en' }],
    });
    expect(response.status).toBe(200);
    const changed = await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }));
    expect(changed).toMatchObject({ capacity: 20, registration: { closed: false, deadline }, meetings: { tablesPerSlot: 5 }, organiserRecipients: [{ email: 'team@organisers.example' }] });
    expect(changed.meetings.slots).toHaveLength(2);
    expect((await jsonOf(await app.request('GET', `/events/${event.id}`))).capacity).toBe(20);
  });

  it('validates changes like the rest: unknown fields and bad values are 400 with each field named', async () => {
    const response = await patch({ capacity: 0, colour: 'red', organiserRecipients: [{ email: 'not-an-address', language: 'en' }] });
    expect(response.status).toBe(400);
    const paths = (await jsonOf(response)).errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['capacity', 'organiserRecipients.0.email']));
  });

  it('refuses a summary schedule EventBridge Scheduler would refuse at the next deploy, each one named, nothing saved', async () => {
    const before = await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }));
    const response = await patch({
      summarySchedules: [
        { id: 'words', cron: 'cron(every day please)' },
        { id: 'both-days', cron: 'cron(0 8 * * * *)' },
        { id: 'out-of-range', cron: 'cron(61 25 * * ? *)' },
        { id: 'weekdays', cron: 'cron(0/30 8-18 ? * MON-FRI *)' },
      ],
    });
    expect(response.status).toBe(400);
    const errors = (await jsonOf(response)).errors as { path: string; message: string }[];
    expect(errors.map((error) => error.path).sort()).toEqual(['summarySchedules.0.cron', 'summarySchedules.1.cron', 'summarySchedules.2.cron']);
    expect(errors.find((error) => error.path === 'summarySchedules.2.cron')!.message).toMatch(/minutes "61".*hours "25"/);
    expect(await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }))).toEqual(before);
    expect((await patch({ summarySchedules: [{ id: 'weekdays', cron: 'cron(0/30 8-18 ? * MON-FRI *)' }] })).status).toBe(200);
  });

  it('refuses a press contact or organiser recipient listed twice (links are matched by address, whatever its case), beside the other bad fields', async () => {
    const before = await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }));
    const contact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: 'zineb@press.example', language: 'fr' };
    const response = await patch({
      capacity: 0,
      pressContacts: [contact, { ...contact, name: 'Someone else', email: 'ZINEB@press.example', language: 'en' }],
      organiserRecipients: [{ email: 'team@organisers.example', language: 'fr' }, { email: 'team@organisers.example', language: 'en' }],
    });
    expect(response.status).toBe(400);
    const paths = (await jsonOf(response)).errors.map((error: { path: string }) => error.path);
    expect(paths.sort()).toEqual(['capacity', 'organiserRecipients.1.email', 'pressContacts.1.email']);
    expect(await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }))).toEqual(before);
  });

  it('names a malformed change beside what the change breaks in the event, in one 400, nothing saved', async () => {
    const [first, second] = event.meetings.slots;
    const before = await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }));
    const response = await patch({ capacity: 0, programme: { 'no-such-item': 5 }, meetings: { tablesPerSlot: 0, slots: [first, { ...second!, start: first!.start }] } });
    expect(response.status).toBe(400);
    const paths = (await jsonOf(response)).errors.map((error: { path: string }) => error.path);
    expect(paths.sort()).toEqual(['capacity', 'meetings.slots.1.start', 'meetings.tablesPerSlot', 'programme.no-such-item']);
    // A field both the change's schema and the definition's refuse is named once, in the change's words.
    const unknown = await jsonOf(await patch({ registration: { closed: 'yes', colour: 'red' }, summarySchedules: [{ id: 'a', cron: 'daily' }, { id: 'a', cron: 'cron(0 8 * * ? *)' }] }));
    expect(unknown.errors).toEqual(expect.arrayContaining([{ path: 'registration.colour', message: 'is not a known field' }]));
    expect(unknown.errors.map((error: { path: string }) => error.path).sort()).toEqual(['registration.closed', 'registration.colour', 'summarySchedules.0.cron', 'summarySchedules.1.id']);
    const labels = { fr: 'Pièces', en: 'Parts', ar: 'قطع' };
    const tags = [
      { id: 'spare-parts', kind: 'topic', sectorId: 'mechatronics', labels },
      { id: 'spare-parts', kind: 'topic', sectorId: 'space', labels },
      { id: 'x', kind: 'cooperation', labels: { ...labels, en: '' } },
    ];
    const taxonomy = await patch({ matchmaking: { pairing: 'none', tags } });
    expect(taxonomy.status).toBe(400);
    expect((await jsonOf(taxonomy)).errors.map((error: { path: string }) => error.path).sort()).toEqual(['matchmaking.tags.1.id', 'matchmaking.tags.1.sectorId', 'matchmaking.tags.2.labels.en']);
    expect(await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }))).toEqual(before);
  });

  it('edits the matchmaking taxonomy with the settings, each bad tag field named at once', async () => {
    const labels = { fr: 'Pièces', en: 'Parts', ar: 'قطع' };
    const tags = [{ id: 'spare-parts', kind: 'topic', sectorId: 'mechatronics', labels }, { id: 'investment', kind: 'cooperation', labels }];
    expect((await patch({ matchmaking: { pairing: 'none', tags } })).status).toBe(200);
    const changed = await jsonOf(await app.request('GET', `/admin/events/${event.id}`, { headers: bearer(key) }));
    expect(changed.matchmaking).toEqual({ pairing: 'none', tags });

    const bad = [tags[0], { ...tags[0], sectorId: 'space' }, { id: 'x', kind: 'cooperation', sectorId: 'ict', labels: { fr: 'x', en: '' } }];
    const response = await patch({ matchmaking: { pairing: 'none', tags: bad } });
    expect(response.status).toBe(400);
    const paths = (await jsonOf(response)).errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['matchmaking.tags.2.labels.en', 'matchmaking.tags.2.labels.ar']));
    const whole = await app.request('PUT', `/admin/events/${event.id}`, { body: { ...changed, matchmaking: { pairing: 'none', tags: bad.slice(0, 2) } }, headers: bearer(key) });
    expect((await jsonOf(whole)).errors.map((error: { path: string }) => error.path)).toEqual(
      expect.arrayContaining(['matchmaking.tags.1.id', 'matchmaking.tags.1.sectorId']),
    );
  });

  it('refuses a capacity below the seats already confirmed', async () => {
    for (let index = 0; index < 3; index += 1) await register(app, event.id);
    const response = await patch({ capacity: 2 });
    expect(response.status).toBe(409);
    expect((await jsonOf(response)).type).toContain('capacity-below-confirmed');
  });
});
