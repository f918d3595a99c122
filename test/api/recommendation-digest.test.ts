import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserKey } from '../organisers/admin-support';
import type { Person } from '../support/meetings';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type StoredEmail, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/** The digest is due (an hour ago); the event starts in 30 days. */
const base = testEvent();
const event = testEvent({ matchmaking: { ...base.matchmaking!, digestAt: new Date(Date.now() - 3_600_000).toISOString() } });
let app: TestApp;
let key: string;

interface Fields {
  firstName: string;
  country: string;
  language: 'fr' | 'en' | 'ar';
  offerTags?: string[];
  requestTags?: string[];
  sectors?: string[];
  digestOptIn?: boolean;
  directoryOptIn?: boolean;
}

async function person(fields: Fields): Promise<Person> {
  const { json, body } = await register(app, event.id, {
    firstName: fields.firstName,
    lastName: 'Test',
    organisation: `${fields.firstName} Organisation`,
    clusterId: undefined,
    country: fields.country,
    language: fields.language,
    sectors: fields.sectors ?? ['transport-logistics'],
    phone: '+212600000042',
    directoryOptIn: fields.directoryOptIn ?? true,
    ...(fields.digestOptIn === undefined ? {} : { digestOptIn: fields.digestOptIn }),
    profile: { offer: '', request: '', offerTags: fields.offerTags ?? [], requestTags: fields.requestTags ?? [] },
  });
  expect(json.status).toBe('confirmed');
  return { ...json, email: body.email as string };
}

const digestsTo = async (who: Person): Promise<StoredEmail[]> => (await app.mailTo(who.email)).filter((mail) => mail.body.text?.includes('ask='));
const trigger = (body: unknown = {}) => app.request('POST', `/admin/events/${event.id}/recommendation-digests`, { headers: bearer(key), body });
const askLinks = (mail: StoredEmail) => [...mail.body.html!.matchAll(/href="([^"]*(?:[?]|&amp;)ask=[^"]+)"/g)].map((match) => new URL(match[1]!.replaceAll('&amp;', '&')));

let reader: Person; // Arabic, offers IoT, looks for cold chain
let partner: Person; // French, the reader's complement
let quiet: Person; // complement too, but never asked for the digest
let hidden: Person; // asked for it, not in the directory: never emailed, never listed
let lonely: Person; // asked for it, nobody to suggest

beforeAll(async () => {
  app = await startTestApp([event]);
  key = await organiserKey(event.id);
  reader = await person({ firstName: 'أمينة', country: 'MA', language: 'ar', offerTags: ['iot'], requestTags: ['cold-chain'], digestOptIn: true });
  partner = await person({ firstName: 'Pierre', country: 'FR', language: 'fr', offerTags: ['cold-chain'], requestTags: ['iot'], digestOptIn: true });
  quiet = await person({ firstName: 'Quiet', country: 'ES', language: 'en', offerTags: ['cold-chain'], requestTags: ['iot'] });
  hidden = await person({ firstName: 'Hidden', country: 'DE', language: 'en', offerTags: ['cold-chain'], requestTags: ['iot'], digestOptIn: true, directoryOptIn: false });
  lonely = await person({ firstName: 'Lonely', country: 'TN', language: 'en', sectors: ['textile'], digestOptIn: true });
  await app.drainStreams();
}, 90_000);

afterAll(async () => {
  await app?.stop();
});

describe('the recommendation digest', () => {
  it('is off unless asked for, and the opt-in keeps its time until turned off', async () => {
    const view = async (who: Person) => jsonOf(await app.request('GET', `/registrations/${who.registrationId}`, { headers: bearer(who.manageToken) }));
    expect(await view(quiet)).toMatchObject({ digestOptIn: false });
    expect((await view(quiet)).digestOptInAt).toBeUndefined();
    const asked = await view(partner);
    expect(asked.digestOptIn).toBe(true);
    expect(Date.parse(asked.digestOptInAt)).toBeLessThanOrEqual(Date.now());
    // Saying yes again keeps the first time.
    await app.request('PATCH', `/registrations/${partner.registrationId}`, { headers: bearer(partner.manageToken), body: { digestOptIn: true } });
    expect((await view(partner)).digestOptInAt).toBe(asked.digestOptInAt);
  });

  it('goes out once its time has come (the hourly worker), one email per opted-in directory member with recommendations', async () => {
    await app.runScheduledWorker('sendMeetingReminders');
    await app.drainStreams();
    expect(await digestsTo(reader)).toHaveLength(1);
    expect(await digestsTo(partner)).toHaveLength(1);
    for (const nobody of [quiet, hidden, lonely]) expect(await digestsTo(nobody)).toHaveLength(0);
    // Due again an hour later: the round is done, nothing more.
    await app.runScheduledWorker('sendMeetingReminders');
    await app.drainStreams();
    expect(await digestsTo(reader)).toHaveLength(1);
  });

  it('is in the reader’s language with names isolated, lists people of the directory only, and never an email or phone', async () => {
    const [arabic] = await digestsTo(reader);
    expect(arabic!.subject).toContain('أشخاص ينبغي أن تلتقي بهم');
    expect(arabic!.body.html).toMatch(/<html[^>]*dir="rtl"/);
    expect(arabic!.body.html).toContain('<bdi>Pierre Test</bdi>');
    expect(arabic!.body.html).toContain('يقدّم');
    const [french] = await digestsTo(partner);
    expect(french!.subject).toContain('Les personnes à rencontrer');
    expect(french!.body.html).toContain('<bdi>أمينة Test</bdi>');
    for (const mail of [arabic!, french!]) {
      const everything = `${mail.body.html}\n${mail.body.text}`;
      for (const other of [reader, partner, quiet, hidden, lonely]) if (!mail.destination.to.includes(other.email)) expect(everything).not.toContain(other.email);
      expect(everything).not.toContain('+212600000042');
      expect(everything).not.toContain(hidden.registrationId);
    }
    const readerLinks = askLinks(arabic!).map((url) => url.searchParams.get('ask'));
    expect(readerLinks).toContain(partner.registrationId);
    expect(new Set(readerLinks).size).toBe(readerLinks.length);
    expect(arabic!.body.text).toContain('ask=');
  });

  it('never sends a round twice, also when the organisers trigger it twice at once', async () => {
    const again = await trigger();
    expect(again.status).toBe(202);
    expect(await jsonOf(again)).toMatchObject({ round: 'before-event', readers: 3, recorded: 0, alreadySent: 2, withoutRecommendations: 1 });
    const outcomes = await Promise.all([trigger({ round: 'second-call' }), trigger({ round: 'second-call' })].map(async (response) => jsonOf(await response)));
    expect(outcomes.reduce((sum, outcome) => sum + outcome.recorded, 0)).toBe(2);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.alreadySent, 0)).toBe(2);
    await app.drainStreams();
    expect(await digestsTo(reader)).toHaveLength(2);
    expect(await digestsTo(partner)).toHaveLength(2);
  });

  it('links each person with a token that opens the directory and requests a meeting as the reader, and nothing else', async () => {
    const [mail] = await digestsTo(reader);
    const link = askLinks(mail!).find((url) => url.searchParams.get('ask') === partner.registrationId)!;
    expect(link.pathname).toBe(`/ar/events/${event.id}/participants`);
    expect(link.searchParams.get('as')).toBe(reader.registrationId);
    const token = new URLSearchParams(link.hash.slice(1)).get('token')!;
    const headers = bearer(token);
    expect((await app.request('GET', `/events/${event.id}/participants`, { headers })).status).toBe(200);
    const asked = await app.request('POST', `/events/${event.id}/meeting-requests`, {
      headers,
      body: { toRegistrationId: partner.registrationId, message: '', proposedSlotIds: [event.meetings.slots[0]!.id], source: 'recommendation' },
    });
    expect(asked.status).toBe(201);
    expect((await jsonOf(asked)).fromRegistrationId).toBe(reader.registrationId);
    expect((await app.request('GET', `/registrations/${reader.registrationId}`, { headers })).status).toBe(403);
    expect((await app.request('DELETE', `/registrations/${reader.registrationId}`, { headers })).status).toBe(403);
    // The opt-out link opens the manage page (manage token), where the digest can be turned off.
    const optOut = [...mail!.body.html!.matchAll(/href="([^"]+)"/g)].map((match) => new URL(match[1]!.replaceAll('&amp;', '&'))).find((url) => url.pathname === `/ar/registrations/${reader.registrationId}`);
    expect(optOut).toBeDefined();
  });

  it('names a bad round in errors[], and stops for someone who turns it off', async () => {
    const bad = await trigger({ round: 'Not A Round!' });
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).errors.map((error: { path: string }) => error.path)).toContain('round');
    const off = await app.request('PATCH', `/registrations/${partner.registrationId}`, { headers: bearer(partner.manageToken), body: { digestOptIn: false } });
    expect(await jsonOf(off)).toMatchObject({ digestOptIn: false });
    expect((await jsonOf(await trigger({ round: 'third' }))).readers).toBe(2);
  });
});
