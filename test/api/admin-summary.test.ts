import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, writeDataset, type Dataset } from '../../bench/summary/synthetic-dataset';
import { europeanUnion, middleEastNorthAfrica } from '../../shared/geo/countries';
import { bearer, register } from '../support/registrations';
import { jsonOf, type TestApp } from '../support/test-app';
import { startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';

const event = testEvent({
  capacity: 5_000,
  organiserRecipients: [
    { email: 'summary.fr@organisers.example', language: 'fr' },
    { email: 'summary.en@organisers.example', language: 'en' },
  ],
});
const webBase = 'https://rendezvous.example';
let app: TestApp;
let key: string;
let dataset: Dataset;

/** The figures worked out from the generated records with plain loops: the test's oracle. */
function countOf<T>(rows: readonly T[], keysOf: (row: T) => string | string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) for (const key of [keysOf(row)].flat()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
const asRecord = (entries: { key: string; count: number }[]) => Object.fromEntries(entries.map(({ key, count }) => [key, count]));

beforeAll(async () => {
  // Only the mailer's stream: the summary reads records, and recomputing 500 people's recommendations
  // from the generated registrations (the registrations stream's worker) took most of this file's minute.
  ({ app, key } = await startOrganiserApp([event], { WEB_BASE_URL: webBase }, { streamWorkerIds: ['sendConfirmations'] }));
  dataset = generateDataset(event, { registrations: 500, meetings: 300, press: 10 });
  await writeDataset(app.tableNames, dataset);
}, 120_000);
afterAll(() => app?.stop());

const getSummary = async () => {
  const response = await app.request('GET', `/admin/events/${event.id}/summary`, { headers: bearer(key) });
  expect(response.status).toBe(200);
  return jsonOf(response);
};

describe('the summary of a generated event (500 registrations, 300 meeting requests, 10 accreditations)', () => {
  let first: Awaited<ReturnType<typeof getSummary>>;
  beforeAll(async () => {
    first = await getSummary();
  });

  it('counts registrations by status, region, country, sector, cluster and type exactly', () => {
    const { registrations } = dataset;
    const active = registrations.filter((record) => record.status !== 'cancelled');
    const figures = first.figures;
    expect(figures.registrations.byStatus).toEqual({ confirmed: 400, waitlisted: 50, cancelled: 50, ...countOf(registrations, (r) => r.status) });
    expect(figures.totals).toMatchObject({ registrations: 500, confirmed: 400, waitlisted: 50, cancelled: 50 });
    const region = (country: string) => (europeanUnion.has(country) ? 'eu' : middleEastNorthAfrica.has(country) ? 'mena' : 'other');
    expect(figures.registrations.byRegion).toEqual({ eu: 0, mena: 0, other: 0, ...countOf(active, (r) => region(r.country)) });
    expect(asRecord(figures.registrations.byCountry)).toEqual(countOf(active, (r) => r.country));
    expect(asRecord(figures.registrations.bySector)).toEqual(countOf(active, (r) => r.sectors));
    expect(asRecord(figures.registrations.byCluster)).toEqual(countOf(active, (r) => r.clusterId ?? 'none'));
    expect(asRecord(figures.registrations.byParticipantType)).toEqual(countOf(active, (r) => r.participantType));
    expect(figures.registrations.newSincePrevious).toBe(500);
    expect(figures.cancellations).toEqual({ total: 50, sincePrevious: 50 });
    expect(figures.changes).toBeUndefined();
  });

  it('gives each programme item its seats taken and, with a capacity, its fill rate', () => {
    const held = countOf(dataset.registrations.filter((r) => r.status === 'confirmed'), (r) => r.programme);
    for (const item of event.programme) {
      const figure = first.figures.programme.find((entry: { itemId: string }) => entry.itemId === item.id);
      expect(figure.taken, item.id).toBe(held[item.id] ?? 0);
      if (item.capacity) expect(figure.fillRate).toBeCloseTo((held[item.id] ?? 0) / item.capacity, 3);
    }
  });

  it('counts meetings by status and names the most requested participants', () => {
    expect(first.figures.meetings.byStatus).toEqual({ pending: 50, accepted: 50, confirmed: 50, declined: 50, cancelled: 50, expired: 50 });
    const requests = Object.entries(countOf(dataset.meetings, (m) => m.toRegistrationId)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = first.figures.meetings.mostRequested;
    expect(top).toHaveLength(10);
    expect(top.map((entry: { registrationId: string; requests: number }) => [entry.registrationId, entry.requests])).toEqual(requests.slice(0, 10));
    const best = dataset.registrations.find((r) => r.registrationId === top[0].registrationId)!;
    expect(top[0]).toMatchObject({ name: `${best.firstName} ${best.lastName}`, organisation: best.organisation });
  });

  it('counts press accreditations and lists the pending ones with their age', () => {
    const { press } = first.figures;
    expect(press).toMatchObject({ pending: 5, approved: 3, rejected: 2 });
    const pending = dataset.press.filter((p) => p.status === 'pending').sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
    expect(press.pendingRequests.map((p: { accreditationId: string }) => p.accreditationId)).toEqual(pending.map((p) => p.accreditationId));
    for (const [index, request] of press.pendingRequests.entries()) {
      const expectedHours = Math.floor((Date.parse(first.generatedAt) - Date.parse(pending[index]!.createdAt)) / 3_600_000);
      expect(request.ageHours).toBe(expectedHours);
    }
  });

  it('counts emails by delivery status and lists bounced addresses', () => {
    const bucket = (status: string) => (status === 'sending' || status === 'retrying' ? 'pending' : status);
    const { emails } = first.figures;
    expect(emails.byStatus).toEqual({ pending: 0, sent: 0, delivered: 0, bounced: 0, complained: 0, failed: 0, ...countOf(dataset.confirmations, (c) => bucket(c.status)) });
    expect(emails.problemCount).toBe(dataset.confirmations.filter((c) => ['failed', 'bounced', 'complained'].includes(c.status)).length);
    expect(emails.problems).toHaveLength(50);
    expect(emails.undeliverableCount).toBe(50);
    expect(first.figures.totals.emailProblems).toBe(150);
  });
});

describe('POST /admin/events/{eventId}/summaries', () => {
  let sent: { summaryId: string; generatedAt: string; recipients: number };

  beforeAll(async () => {
    const response = await app.request('POST', `/admin/events/${event.id}/summaries`, { headers: bearer(key) });
    expect(response.status).toBe(202);
    sent = await jsonOf(response);
    await app.drainStreams();
  });

  it('emails every organiser recipient in their language, with the same figures as the JSON', async () => {
    expect(sent.recipients).toBe(2);
    const [english] = await app.mailTo('summary.en@organisers.example');
    const [french] = await app.mailTo('summary.fr@organisers.example');
    expect(english!.subject).toContain('Registration summary');
    expect(french!.subject).toContain('Synthèse des inscriptions');
    const text = english!.body.text!;
    expect(text).toContain('Registrations (all): 500');
    expect(text).toContain('Confirmed: 400');
    expect(text).toContain('On the waiting list: 50');
    expect(text).toContain('Confirmed meetings: 50');
    expect(text).toContain('Press accreditations pending: 5');
    expect(text).toContain('Emails failed, bounced or complained about: 150');
    expect(text).toContain('… and 100 more');
    expect(french!.body.text!).toContain('Inscriptions (toutes)\u00a0: 500');
  });

  it('attaches no registrations list (personal data stays behind the sign-in) and says where to export it', async () => {
    const [english] = await app.mailTo('summary.en@organisers.example');
    expect(english!.attachments).toEqual([]);
    expect(english!.body.text).toContain('export it from the organiser console');
  });

  it('links the console\u2019s registrations page in the recipient\u2019s language, on the web base URL the mailer has', async () => {
    const [english] = await app.mailTo('summary.en@organisers.example');
    const [french] = await app.mailTo('summary.fr@organisers.example');
    expect(english!.body.text).toContain('Open the registrations in the console');
    expect(english!.body.html).toContain(`href="${webBase}/en/events/${event.id}/console/registrations"`);
    expect(french!.body.text).toContain(`${webBase}/fr/events/${event.id}/console/registrations`);
  });

  it('exports the registrations as CSV from the console route instead, logged before it is served, with Arabic names intact and formulas neutralised', async () => {
    const response = await app.request('GET', `/admin/events/${event.id}/registrations?status=confirmed`, { headers: { ...bearer(key), accept: 'text/csv' } });
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const confirmed = dataset.registrations.filter((record) => record.status === 'confirmed');
    expect(rows).toHaveLength(confirmed.length);
    const byId = new Map(rows.map((row) => [row.registrationId, row]));
    for (const record of confirmed) {
      const row = byId.get(record.registrationId)!;
      expect(row.firstName).toBe(record.firstName);
      expect(row.organisation).toBe(/^[=+\-@\t\r]/.test(record.organisation) ? `'${record.organisation}` : record.organisation);
    }
    expect(rows.every((row) => !/^[=+\-@\t\r]/.test(row.organisation!))).toBe(true);
    const log = await jsonOf(await app.request('GET', `/admin/events/${event.id}/exports`, { headers: bearer(key) }));
    expect(log.items[0]).toMatchObject({ list: 'registrations', filter: { status: 'confirmed' }, rows: confirmed.length, keyId: expect.stringMatching(/^[0-9a-f]{12}$/) });
  });

  it('counts the next summary\u2019s changes from the one sent', async () => {
    for (let index = 0; index < 3; index += 1) expect((await register(app, event.id)).response.status).toBe(201);
    const { json } = await register(app, event.id);
    expect((await app.request('DELETE', `/registrations/${json.registrationId}`, { headers: bearer(json.manageToken) })).status).toBe(200);
    const next = await getSummary();
    expect(next.previousAt).toBe(sent.generatedAt);
    expect(next.figures.registrations.newSincePrevious).toBe(4);
    expect(next.figures.cancellations).toEqual({ total: 51, sincePrevious: 1 });
    expect(next.figures.changes).toMatchObject({ registrations: 4, confirmed: 3, cancelled: 1, waitlisted: 0, meetingRequests: 0 });
  });
});
