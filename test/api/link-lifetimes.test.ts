import { requestExpiry } from '../../shared/meetings/request-expiry';
import { ulid } from 'ulid';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { minimumLinkLifetimeDays } from '../../shared/confirmations/link-lifetimes';
import { organiserKey } from '../organisers/admin-support';
import { askMeeting, type Person } from '../support/meetings';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type StoredEmail, type TestApp } from '../support/test-app';
import { techDaysEvent, testEvent } from '../support/test-event';

const dayMs = 24 * 3_600_000;
const run = ulid().toLowerCase();
const contact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: `zineb.${run}@startupmaroc.example`, language: 'fr' as const };
/** The seeded event as a new user meets it: 9–11 April 2019, long past, registration still open. */
const past = { ...techDaysEvent(), id: `test-past-${run}`, pressContacts: [contact] };
/** A future event whose unanswered requests expire two days before it starts. */
const expiring = testEvent({ meetings: { ...testEvent().meetings, requestExpiryHoursBeforeStart: 48 } });
let app: TestApp;
let key: string;

beforeAll(async () => {
  app = await startTestApp([past, expiring]);
  key = await organiserKey(past.id);
});
afterAll(() => app.stop());
afterEach(() => {
  vi.useRealTimers();
});

/** Moves the clock of the whole local stack (same process) to `at`; timers keep running. */
const clockAt = (at: number) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at);
};

async function person(eventId: string, fields: Record<string, unknown> = {}): Promise<Person> {
  const { json, body } = await register(app, eventId, { phone: '+212600000001', ...fields });
  expect(json.status).toBe('confirmed');
  return { ...json, email: body.email as string };
}

/** The token of the first link of `mail` whose address matches `path` (web page links carry it in the fragment). */
function tokenIn(mail: StoredEmail, path: RegExp): string {
  const href = [...mail.body.html!.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&')).find((url) => path.test(new URL(url).pathname));
  expect(href, `a link to ${path} in "${mail.subject}"`).toBeDefined();
  return new URLSearchParams(new URL(href!).hash.slice(1)).get('token')!;
}

/** The expiry a link token carries (its claims are readable; only the signature is secret). */
const expiryOf = (token: string) => Date.parse(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')).e);

/** The link was signed while sending (between `sendingFrom` and now) for at least its minimum lifetime from then. */
function expectLifetime(token: string, sendingFrom: number, days: number) {
  expect(expiryOf(token)).toBeGreaterThanOrEqual(sendingFrom + days * dayMs);
  expect(expiryOf(token)).toBeLessThanOrEqual(Date.now() + days * dayMs);
}

describe('emailed links of a past event', () => {
  it('answer a meeting request right after sending, are refused after their lifetime, and never answer twice', async () => {
    const [amina, karim] = [await person(past.id), await person(past.id)];
    // Taken before the request: the local app's pollers may send the email before the request's answer is read.
    const sendingFrom = Date.now();
    const meeting = await jsonOf(await askMeeting(app, past.id, amina, karim, [past.meetings.slots[0]!.id]));
    await app.drainStreams();
    const [mail] = (await app.mailTo(karim.email)).filter((candidate) => candidate.body.html?.includes(meeting.meetingRequestId));
    const token = tokenIn(mail!, /\/answer$/);
    expectLifetime(token, sendingFrom, minimumLinkLifetimeDays['meeting-answer']);
    const path = `/meeting-requests/${meeting.meetingRequestId}/invitation`;

    const invitation = await jsonOf(await app.request('GET', path, { headers: bearer(token) }));
    expect(invitation).toMatchObject({ status: 'pending', linkExpiresAt: new Date(expiryOf(token)).toISOString() });

    clockAt(expiryOf(token));
    const late = await app.request('GET', path, { headers: bearer(token) });
    expect(late.status).toBe(401);
    expect(await jsonOf(late)).toMatchObject({ type: 'urn:rendezvous:problem:expired-answer-link' });
    vi.useRealTimers();

    const answered = await app.request('POST', path, { headers: bearer(token), body: { action: 'accept-later' } });
    expect(answered.status).toBe(200);
    expect(await jsonOf(answered)).toMatchObject({ status: 'accepted' });
    // The link still opens the request, but the request decides: it is answered.
    const again = await app.request('POST', path, { headers: bearer(token), body: { action: 'decline' } });
    expect(again.status).toBe(409);
    expect(await jsonOf(again)).toMatchObject({ type: 'urn:rendezvous:problem:meeting-not-pending' });
  });

  it("give the journalist a working status link and the press contact a working decision link, each for its lifetime, the email stating the decision link's expiry", async () => {
    const journalist = `jane.${run}@lematin.example`;
    const sendingFrom = Date.now();
    const requested = await app.request('POST', `/events/${past.id}/press-accreditations`, {
      body: {
        firstName: 'Jane', lastName: 'Doe', email: journalist, mediaOutlet: 'Le Matin', mediaType: 'print', country: 'MA',
        pressCardNumber: 'PC-2019-042', coveragePlan: 'Interviews.', days: [past.startDate], language: 'en', consent: true,
      },
    });
    expect(requested.status).toBe(201);
    const { accreditationId } = await jsonOf(requested);
    await app.drainStreams();
    const status = tokenIn((await app.mailTo(journalist))[0]!, new RegExp(`/press-accreditations/${accreditationId}$`));
    const review = (await app.mailTo(contact.email)).find((mail) => mail.body.html?.includes(accreditationId))!;
    const decision = tokenIn(review, /\/decision$/);
    expectLifetime(status, sendingFrom, minimumLinkLifetimeDays['press-status']);
    expectLifetime(decision, sendingFrom, minimumLinkLifetimeDays['press-decision']);
    // The email says until when its link works: the expiry signed into it (fr: "9 avril 2019 à 10:12" style).
    const stated = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: past.timeZone }).format(expiryOf(decision));
    expect(review.body.text).toContain(stated);

    const statusPath = `/press-accreditations/${accreditationId}`;
    const reviewPath = `/press-accreditations/${accreditationId}/review`;
    expect(await jsonOf(await app.request('GET', statusPath, { headers: bearer(status) }))).toMatchObject({ status: 'pending', linkExpiresAt: new Date(expiryOf(status)).toISOString() });
    expect((await app.request('GET', reviewPath, { headers: bearer(decision) })).status).toBe(200);

    clockAt(expiryOf(decision));
    expect((await app.request('GET', reviewPath, { headers: bearer(decision) })).status).toBe(401);
    expect((await app.request('GET', statusPath, { headers: bearer(status) })).status).toBe(200);
    clockAt(expiryOf(status));
    expect((await app.request('GET', statusPath, { headers: bearer(status) })).status).toBe(401);
  });

  it('open the directory from a digest sent after the event, until the link’s lifetime', async () => {
    // Complements in two organisations and countries, as in test/api/recommendation-digest.test.ts.
    const matched = (organisation: string, country: string, offerTags: string[], requestTags: string[]) =>
      person(past.id, { organisation, clusterId: undefined, country, language: 'en', sectors: ['transport-logistics'], digestOptIn: true, profile: { offer: '', request: '', offerTags, requestTags } });
    const reader = await matched('Reader Organisation', 'MA', ['iot'], ['cold-chain']);
    await matched('Partner Organisation', 'FR', ['cold-chain'], ['iot']);
    await app.drainStreams();
    const sendingFrom = Date.now();
    const triggered = await app.request('POST', `/admin/events/${past.id}/recommendation-digests`, { headers: bearer(key), body: { round: 'after-event' } });
    expect(await jsonOf(triggered)).toMatchObject({ recorded: 2 });
    await app.drainStreams();
    const digest = (await app.mailTo(reader.email)).find((mail) => mail.body.text?.includes('ask='));
    const token = tokenIn(digest!, new RegExp(`/events/${past.id}/participants$`));
    expectLifetime(token, sendingFrom, minimumLinkLifetimeDays.directory);
    const directory = `/events/${past.id}/participants`;
    expect((await app.request('GET', directory, { headers: bearer(token) })).status).toBe(200);
    clockAt(expiryOf(token));
    const late = await app.request('GET', directory, { headers: bearer(token) });
    expect(late.status).toBe(401);
    expect(await jsonOf(late)).toMatchObject({ type: 'urn:rendezvous:problem:expired-directory-link' });
  });
});

describe('a request past its expiry', () => {
  it('cannot be answered from a link that still works, even before the expiry job has run', async () => {
    const [amina, karim] = [await person(expiring.id), await person(expiring.id)];
    const meeting = await jsonOf(await askMeeting(app, expiring.id, amina, karim, [expiring.meetings.slots[0]!.id]));
    const expiresOn = Date.parse(requestExpiry(expiring)!);
    await app.drainStreams();
    const [mail] = (await app.mailTo(karim.email)).filter((candidate) => candidate.body.html?.includes(meeting.meetingRequestId));
    const token = tokenIn(mail!, /\/answer$/);
    // The link outlives the request (30 days from sending; the request expires two days before the event, in about 28).
    expect(expiryOf(token)).toBeGreaterThan(expiresOn);
    clockAt(expiresOn + 60_000);
    const path = `/meeting-requests/${meeting.meetingRequestId}/invitation`;
    expect((await app.request('GET', path, { headers: bearer(token) })).status).toBe(200);
    const answered = await app.request('POST', path, { headers: bearer(token), body: { action: 'accept-later' } });
    expect(answered.status).toBe(409);
    expect(await jsonOf(answered)).toMatchObject({ type: 'urn:rendezvous:problem:meeting-not-pending' });
  });
});
