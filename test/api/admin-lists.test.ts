import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, writeDataset, type Dataset } from '../../bench/summary/synthetic-dataset';
import { organiserKey } from '../organisers/admin-support';
import { bearer, register } from '../support/registrations';
import { jsonOf, type TestApp } from '../support/test-app';
import { startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';

const event = testEvent({ capacity: 1_000 });
/** One seat: everyone after the first waits. */
const small = testEvent({ capacity: 1 });
let app: TestApp;
let key: string;
let dataset: Dataset;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event, small]));
  dataset = generateDataset(event, { registrations: 120, meetings: 60, press: 10 }, new Date(), 7);
  await writeDataset(app.tableNames, dataset);
}, 120_000);
afterAll(() => app?.stop());

const get = (path: string, headers: Record<string, string> = {}) => app.request('GET', `/admin/events/${event.id}${path}`, { headers: { ...bearer(key), ...headers } });

/** Every page of a list, following nextCursor. */
async function allPages(path: string): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const response = await get(`${path}${cursor ? `${separator}cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    items.push(...body.items);
    cursor = body.nextCursor;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

describe('GET /admin/events/{eventId}/registrations', () => {
  it('pages through every registration with the cursor, each once, without storage attributes', async () => {
    const { items, pages } = await allPages('/registrations?limit=25');
    expect(pages).toBe(5);
    expect(new Set(items.map((item) => item.registrationId)).size).toBe(120);
    expect(items[0]).not.toHaveProperty('pk');
    expect(items[0]).not.toHaveProperty('normalizedEmail');
  });

  it('filters by status, country, sector, participant type and cluster (combined)', async () => {
    const sample = dataset.registrations.find((r) => r.clusterId !== undefined && r.status === 'confirmed')!;
    const cases: [string, (r: Dataset['registrations'][number]) => boolean][] = [
      ['status=waitlisted', (r) => r.status === 'waitlisted'],
      [`country=${sample.country.toLowerCase()}`, (r) => r.country === sample.country],
      [`sector=${sample.sectors[0]}`, (r) => r.sectors.includes(sample.sectors[0]!)],
      [`participantType=${sample.participantType}`, (r) => r.participantType === sample.participantType],
      [`cluster=${sample.clusterId}&status=confirmed`, (r) => r.clusterId === sample.clusterId && r.status === 'confirmed'],
    ];
    for (const [query, matches] of cases) {
      const { items } = await allPages(`/registrations?limit=7&${query}`);
      const expected = dataset.registrations.filter(matches).map((r) => r.registrationId).sort();
      expect(items.map((item) => item.registrationId).sort(), query).toEqual(expected);
    }
  });

  it('refuses an invalid filter, and a cursor it did not make, naming the field', async () => {
    const badStatus = await get('/registrations?status=maybe');
    expect(badStatus.status).toBe(400);
    expect((await jsonOf(badStatus)).errors[0].path).toBe('query.status');
    const forged = Buffer.from(JSON.stringify({ pk: 'x', sk: 'y', gsi1pk: 'EVENT#other#REGISTRATIONS', gsi1sk: 'z' })).toString('base64url');
    const badCursor = await get(`/registrations?cursor=${forged}`);
    expect(badCursor.status).toBe(400);
    expect((await jsonOf(badCursor)).errors[0].path).toBe('query.cursor');
  });

  it("refuses a filter the event cannot match (a sector or cluster it does not have, a country that is no ISO code) with every bad filter named in one 400, not an empty page", async () => {
    const refused = await get('/registrations?sector=zz&country=ZZ&cluster=nowhere&status=maybe&foo=1');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const errors: { path: string; message: string }[] = (await jsonOf(refused)).errors;
    expect(errors.map((error) => error.path).sort()).toEqual(['query.cluster', 'query.country', 'query.sector', 'query.status']);
    expect(errors.find((error) => error.path === 'query.sector')!.message).toContain(`is not a sector of ${event.id}`);
    expect(errors.find((error) => error.path === 'query.cluster')!.message).toContain(`is not a cluster of ${event.id}`);
    // A well-formed id the event does not have alone is named too (ids are lower case: ICT is not even one).
    expect((await jsonOf(await get('/registrations?sector=mining'))).errors).toEqual([{ path: 'query.sector', message: expect.stringContaining('is not a sector of') }]);
    expect((await jsonOf(await get('/registrations?sector=ICT'))).errors.map((error: { path: string }) => error.path)).toEqual(['query.sector']);
  });

  it('refuses a cursor whose key values are empty or longer than DynamoDB keys allow with 400, not 500', async () => {
    const partition = `EVENT#${event.id}#REGISTRATIONS`;
    for (const sortKey of ['', 'x'.repeat(2_000)]) {
      const cursor = Buffer.from(JSON.stringify({ pk: sortKey, sk: sortKey, gsi1pk: partition, gsi1sk: sortKey })).toString('base64url');
      const response = await get(`/registrations?cursor=${cursor}`);
      expect(response.status, `sort key of ${sortKey.length} characters`).toBe(400);
      expect((await jsonOf(response)).errors[0].path).toBe('query.cursor');
    }
  });

  it('serves a list whose query has parameters named like Object.prototype members', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const response = await get(`/registrations?${name}=1&${name}=2`);
      expect(response.status, name).toBe(200);
    }
  });

  it('answers Accept: text/csv with every matching row, UTF-8 with BOM, Arabic intact, formulas neutralised', async () => {
    const response = await get('/registrations?status=confirmed', { accept: 'text/csv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('.csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const confirmed = dataset.registrations.filter((r) => r.status === 'confirmed');
    expect(rows).toHaveLength(confirmed.length);
    for (const row of rows) {
      const record = confirmed.find((r) => r.registrationId === row.registrationId)!;
      expect(row.lastName).toBe(record.lastName);
      expect(row.organisation).toBe(/^[=+\-@\t\r]/.test(record.organisation) ? `'${record.organisation}` : record.organisation);
    }
    expect(rows.some((row) => /[\u0600-\u06ff]/.test(row.firstName!))).toBe(true);
    expect(rows.some((row) => row.organisation!.startsWith("'=HYPERLINK"))).toBe(true);
  });
});

describe('the waiting list in the registrations list', () => {
  it('gives each waitlisted person the position GET /registrations/{id} gives, page after page, gaps closed (outside probe)', async () => {
    const people = [];
    for (let index = 0; index < 5; index += 1) people.push((await register(app, small.id)).json);
    const left = people[2]!;
    expect((await app.request('DELETE', `/registrations/${left.registrationId}`, { headers: bearer(left.manageToken) })).status).toBe(200);
    const waiting = [people[1]!, people[3]!, people[4]!];
    const own = await Promise.all(waiting.map(async (person) =>
      (await jsonOf(await app.request('GET', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken) }))).waitlistPosition));
    expect(own).toEqual([1, 2, 3]);

    const smallKey = await organiserKey(small.id);
    const listed: Record<string, unknown>[] = [];
    let cursor: string | undefined;
    do {
      const page = await jsonOf(await app.request('GET', `/admin/events/${small.id}/registrations?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { headers: bearer(smallKey) }));
      listed.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const positionOf = (id: string) => listed.find((item) => item.registrationId === id)!;
    expect(waiting.map((person) => positionOf(person.registrationId).waitlistPosition)).toEqual([1, 2, 3]);
    for (const person of [people[0]!, left]) expect(positionOf(person.registrationId)).not.toHaveProperty('waitlistPosition');
  });
});

describe('meetings, press accreditations and emails', () => {
  it('lists meetings by status with both participants named, and as CSV', async () => {
    const { items } = await allPages('/meetings?status=declined&limit=4');
    expect(items).toHaveLength(dataset.meetings.filter((m) => m.status === 'declined').length);
    const first = items[0] as { fromRegistrationId: string; from: { name: string } };
    const requester = dataset.registrations.find((r) => r.registrationId === first.fromRegistrationId)!;
    expect(first.from.name).toBe(`${requester.firstName} ${requester.lastName}`);
    const csv = await get('/meetings', { accept: 'text/csv' });
    expect(parse(Buffer.from(await csv.arrayBuffer()).toString('utf8'), { bom: true, columns: true })).toHaveLength(60);
  });

  it('lists press accreditations by status', async () => {
    const { items } = await allPages('/press-accreditations?status=pending');
    expect(items.map((item) => item.accreditationId).sort()).toEqual(dataset.press.filter((p) => p.status === 'pending').map((p) => p.accreditationId).sort());
  });

  it('lists emails by delivery status, never their content', async () => {
    const { items } = await allPages('/confirmations?status=bounced&limit=50');
    expect(items).toHaveLength(dataset.confirmations.filter((c) => c.status === 'bounced').length);
    expect(items[0]).toMatchObject({ status: 'bounced', deliveryStatus: 'bounced', kind: 'registration-confirmed' });
    expect(items[0]).not.toHaveProperty('message');
  });
});

describe('the press accreditations CSV', () => {
  it('carries what the JSON list gives: press card, letter, portfolio, coverage plan, language', async () => {
    const body = {
      firstName: 'Karima', lastName: 'Bennani', email: 'karima.csv@example.org', phone: '+212600000001', mediaOutlet: 'هسبريس',
      mediaType: 'online', country: 'MA', pressCardNumber: 'PC-2019-077', assignmentLetterUrl: 'https://hespress.example/letter.pdf',
      portfolioUrl: 'https://hespress.example/karima', coveragePlan: 'Interviews with cluster managers.\n=Video reports on day 2.',
      days: [small.startDate], language: 'ar', consent: true,
    };
    expect((await app.request('POST', `/events/${small.id}/press-accreditations`, { body })).status).toBe(201);
    const smallKey = await organiserKey(small.id);
    const [json] = (await jsonOf(await app.request('GET', `/admin/events/${small.id}/press-accreditations`, { headers: bearer(smallKey) }))).items;
    const csv = await app.request('GET', `/admin/events/${small.id}/press-accreditations`, { headers: { ...bearer(smallKey), accept: 'text/csv' } });
    const [row] = parse(Buffer.from(await csv.arrayBuffer()).toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    for (const field of ['pressCardNumber', 'assignmentLetterUrl', 'portfolioUrl', 'language', 'mediaOutlet'] as const) expect(row![field]).toBe(json[field]);
    expect(row!.coveragePlan).toBe(body.coveragePlan);
    expect(row!.days).toBe(small.startDate);
  });
});
