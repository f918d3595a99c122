import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decisionTokenFor } from '../../shared/security/decision-token';
import { getItem } from '../support/table-reads';
import { jsonOf, startTestApp, type StoredEmail, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const run = Date.now().toString(36);
const zineb = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: `zineb.${run}@startupmaroc.example`, language: 'fr' as const };
const inmaculada = { name: 'Inmaculada Ruiz', organisation: 'ANIMA Investment Network', email: `inmaculada.${run}@anima.example`, language: 'en' as const };
const event = testEvent({ pressContacts: [zineb, inmaculada] });
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

let journalistCounter = 0;
function accreditationBody(overrides: Record<string, unknown> = {}) {
  journalistCounter += 1;
  return {
    firstName: 'Jane',
    lastName: `Doe ${journalistCounter}`,
    email: `jane.${run}.${journalistCounter}@lematin.example`,
    mediaOutlet: 'Le Matin',
    mediaType: 'print',
    country: 'MA',
    pressCardNumber: 'PC-2019-042',
    portfolioUrl: 'https://lematin.example/jane',
    coveragePlan: 'Interviews with cluster managers.\nA feature on Moroccan clusters.',
    days: [event.startDate],
    language: 'en',
    consent: true,
    ...overrides,
  };
}

async function apply(overrides: Record<string, unknown> = {}) {
  const body = accreditationBody(overrides);
  const response = await app.request('POST', `/events/${event.id}/press-accreditations`, { body });
  return { response, body, json: await jsonOf(response) };
}

/** The decision route (`?token=`) behind the emailed web page link (`/{language}/…/decision#token=`). */
function decisionPath(mail: StoredEmail): string {
  const href = /href="(https?:\/\/[^"]*\/decision#token=[^"]+)"/.exec(mail.body.html!)![1]!.replaceAll('&amp;', '&');
  const url = new URL(href);
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  return `${url.pathname.replace(/^\/(fr|en|ar)\//, '/')}?token=${encodeURIComponent(token)}`;
}

/** The decision as the web page sends it: the emailed link's token as Bearer to POST …/review. */
function decide(mail: StoredEmail, body: Record<string, string>) {
  const path = new URL(`http://x${decisionPath(mail)}`);
  return app.request('POST', path.pathname.replace(/\/decision$/, '/review'), { headers: { authorization: `Bearer ${path.searchParams.get('token')}` }, body });
}

async function reviewMail(contactEmail: string, accreditationId: string) {
  const mails = await app.mailTo(contactEmail);
  return mails.find((mail) => mail.body.html?.includes(accreditationId))!;
}

const form = (fields: Record<string, string>) => ({
  rawBody: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('press accreditation', () => {
  it('goes from request to approval through the emails, as people would use it', async () => {
    const { response, json, body } = await apply();
    expect(response.status).toBe(201);
    expect(json).toEqual({ accreditationId: expect.stringMatching(/^[0-9A-Z]{26}$/), status: 'pending' });
    await app.drainStreams();
    expect(await app.mailTo(body.email)).toHaveLength(1);
    const forZineb = await reviewMail(zineb.email, json.accreditationId);
    const forInmaculada = await reviewMail(inmaculada.email, json.accreditationId);
    expect(forZineb.subject).toContain('Le Matin');
    expect(forInmaculada.subject).toContain('Le Matin');
    expect(decisionPath(forZineb)).not.toBe(decisionPath(forInmaculada));

    const before = (await app.mailTo(body.email)).length + (await app.mailTo(inmaculada.email)).length;
    // The link of older emails (`?token=`) goes on to the web page, token in the fragment, changing nothing.
    const page = await app.request('GET', decisionPath(forZineb));
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(new RegExp(`/fr/press-accreditations/${json.accreditationId}/decision#token=`));
    expect(await page.text()).not.toContain(body.lastName);
    await app.drainStreams();
    const stored = await getItem(app.tableNames.registrations, { pk: `PRESS#${json.accreditationId}`, sk: 'PRESS' });
    expect(stored!.status).toBe('pending');
    expect((await app.mailTo(body.email)).length + (await app.mailTo(inmaculada.email)).length).toBe(before);

    // The old page's form is gone: its POST is refused without a 500 and decides nothing.
    const oldForm = await app.request('POST', decisionPath(forZineb), form({ decision: 'approve' }));
    expect(oldForm.status).toBeGreaterThanOrEqual(400);
    expect(oldForm.status).toBeLessThan(500);
    expect((await getItem(app.tableNames.registrations, { pk: `PRESS#${json.accreditationId}`, sk: 'PRESS' }))!.status).toBe('pending');

    const approved = await decide(forZineb, { decision: 'approve' });
    expect(approved.status).toBe(200);
    expect(await approved.text()).toContain('Zineb Rharrasse');
    await app.drainStreams();
    const journalistMails = await app.mailTo(body.email);
    expect(journalistMails).toHaveLength(2);
    const approval = journalistMails[1]!;
    const ics = approval.attachments.find((attachment) => attachment.filename.endsWith('.ics'))!;
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(ics.content, 'base64').toString('utf8')));
    expect(calendar.getAllSubcomponents('vevent').map((vevent) => (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toString())).toEqual([event.startDate]);
    const notices = (await app.mailTo(inmaculada.email)).filter((mail) => mail.body.text?.includes('Zineb Rharrasse') && mail !== forInmaculada);
    expect(notices).toHaveLength(1);
    expect((await app.mailTo(zineb.email)).filter((mail) => mail.body.html?.includes(json.accreditationId))).toHaveLength(1);
  });

  it("links each of the journalist's emails to their status page, which follows the decision", async () => {
    const { json, body } = await apply({ language: 'ar' });
    await app.drainStreams();
    const [received] = await app.mailTo(body.email);
    const status = (mail: StoredEmail) => {
      const href = /href="(https?:\/\/[^"]*\/press-accreditations\/[0-9A-Z]{26}#token=[^"]+)"/.exec(mail.body.html!)![1]!.replaceAll('&amp;', '&');
      const url = new URL(href);
      expect(url.pathname).toBe(`/ar/press-accreditations/${json.accreditationId}`);
      const headers = { authorization: `Bearer ${new URLSearchParams(url.hash.slice(1)).get('token')}` };
      return app.request('GET', `/press-accreditations/${json.accreditationId}`, { headers });
    };
    expect(await jsonOf(await status(received!))).toMatchObject({ status: 'pending', request: { lastName: body.lastName, days: [event.startDate] } });
    expect(received!.body.text).toContain(`/ar/press-accreditations/${json.accreditationId}#token=`);

    expect((await decide(await reviewMail(zineb.email, json.accreditationId), { decision: 'reject', reason: 'Quota <b>reached</b>' })).status).toBe(200);
    await app.drainStreams();
    const rejection = (await app.mailTo(body.email))[1]!;
    expect(rejection.body.html).not.toContain('<b>reached</b>');
    const seen = await jsonOf(await status(rejection));
    expect(seen).toMatchObject({ status: 'rejected', decision: { decision: 'rejected', reason: 'Quota <b>reached</b>', decidedAt: expect.any(String) } });
    expect(JSON.stringify(seen)).not.toMatch(/Zineb|startupmaroc/);
    // The first email's link shows the decision too: the token names the request, not a moment.
    expect(await jsonOf(await status(received!))).toMatchObject({ status: 'rejected' });
  });

  it('refuses tampered, expired and other-request links with a plain page and no data', async () => {
    const first = await apply({ lastName: 'Secretive' });
    const other = await apply();
    const path = `/press-accreditations/${first.json.accreditationId}/decision`;
    const good = await decisionTokenFor({ accreditationId: first.json.accreditationId, contactEmail: zineb.email, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const tampered = good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA');
    const expired = await decisionTokenFor({ accreditationId: first.json.accreditationId, contactEmail: zineb.email, expiresAt: new Date(Date.now() - 1_000).toISOString() });
    const foreign = await decisionTokenFor({ accreditationId: other.json.accreditationId, contactEmail: zineb.email, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const stranger = await decisionTokenFor({ accreditationId: first.json.accreditationId, contactEmail: 'someone@else.example', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    for (const [token, status] of [[tampered, 401], [expired, 401], [foreign, 403], [stranger, 403], ['garbage-token', 401]] as const) {
      const page = await app.request('GET', `${path}?token=${token}`);
      expect(page.status, `GET ${status}`).toBe(status);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).not.toContain('Secretive');
      for (const method of ['GET', 'POST']) {
        const response = await app.request(method, path.replace(/decision$/, 'review'), { headers: { authorization: `Bearer ${token}` }, ...(method === 'POST' ? { body: { decision: 'approve' } } : {}) });
        expect(response.status, `${method} review ${status}`).toBe(status);
        expect(response.headers.get('content-type')).toContain('problem+json');
        expect(await response.text()).not.toContain('Secretive');
      }
    }
    expect((await app.request('GET', `${path}?token=${good}`)).status).toBe(303);
  });

  it('lets the first decision win when both contacts decide at once, with one outcome email', async () => {
    const { json, body } = await apply();
    await app.drainStreams();
    const mails = [await reviewMail(zineb.email, json.accreditationId), await reviewMail(inmaculada.email, json.accreditationId)];
    const [a, b] = await Promise.all([decide(mails[0]!, { decision: 'approve' }), decide(mails[1]!, { decision: 'reject', reason: 'Duplicate request' })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect((await jsonOf(loser)).detail).toMatch(/(Zineb Rharrasse|Inmaculada Ruiz) (approved|rejected)/);
    await app.drainStreams();
    expect(await app.mailTo(body.email)).toHaveLength(2);

    const later = await decide(mails[0]!, { decision: 'reject' });
    expect(later.status).toBe(409);
    expect(await later.text()).toMatch(/Zineb Rharrasse|Inmaculada Ruiz/);
  });

  it('takes one pending or approved request per email; a rejected journalist may apply again', async () => {
    const { json, body } = await apply();
    const again = await app.request('POST', `/events/${event.id}/press-accreditations`, { body: { ...body, mediaOutlet: 'Other' } });
    expect(again.status).toBe(409);
    await app.drainStreams();
    const rejected = await decide(await reviewMail(zineb.email, json.accreditationId), { decision: 'reject', reason: 'No coverage plan' });
    expect(rejected.status).toBe(200);
    expect((await app.request('POST', `/events/${event.id}/press-accreditations`, { body })).status).toBe(201);
    await app.drainStreams();
    const rejection = (await app.mailTo(body.email)).find((mail) => mail.body.text?.includes('No coverage plan'));
    expect(rejection).toBeDefined();
  });

  it('escapes HTML in every field, in the emails', async () => {
    const { json, body } = await apply({ firstName: '<script>x()</script>', mediaOutlet: '<b>Outlet</b>', coveragePlan: '<img src=x onerror=alert(1)>' });
    expect(json.status).toBe('pending');
    await app.drainStreams();
    const review = await reviewMail(zineb.email, json.accreditationId);
    for (const markup of [review.body.html!, (await app.mailTo(body.email))[0]!.body.html!]) {
      expect(markup).not.toContain('<script>x()</script>');
      expect(markup).not.toContain('<b>Outlet</b>');
      expect(markup).not.toContain('<img src=x');
      expect(markup).toContain('&lt;script&gt;');
    }
  });

  it('names invalid fields: links must be http(s), days must be event days', async () => {
    const response = await app.request('POST', `/events/${event.id}/press-accreditations`, {
      body: accreditationBody({ portfolioUrl: 'javascript:alert(1)', mediaType: 'blog', consent: false }),
    });
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).errors.map((error: { path: string }) => error.path).sort()).toEqual(['consent', 'mediaType', 'portfolioUrl']);
    const wrongDay = await app.request('POST', `/events/${event.id}/press-accreditations`, { body: accreditationBody({ days: ['2001-01-01'] }) });
    expect(wrongDay.status).toBe(400);
    expect((await jsonOf(wrongDay)).errors[0].path).toBe('days.0');
  });
});
