import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organiserKey } from '../organisers/admin-support';
import { askMeeting, type Person } from '../support/meetings';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const event = testEvent();
let app: TestApp;

/** A participant of the test event; `tags` are what they offer and look for in the taxonomy. */
async function person(name: string, fields: { country: string; organisation?: string; clusterId?: string; offerTags: string[]; requestTags: string[]; directoryOptIn?: boolean; phone?: string }): Promise<Person> {
  const { json, body } = await register(app, event.id, {
    firstName: name,
    lastName: 'Test',
    organisation: fields.organisation ?? `${name} Organisation`,
    clusterId: fields.clusterId,
    country: fields.country,
    sectors: ['transport-logistics'],
    phone: fields.phone ?? '+212600000042',
    directoryOptIn: fields.directoryOptIn ?? true,
    profile: { offer: '', request: '', offerTags: fields.offerTags, requestTags: fields.requestTags },
  });
  expect(json.status).toBe('confirmed');
  return { ...json, email: body.email as string };
}

const recommendationsOf = async (reader: Person, query = '') => {
  const response = await app.request('GET', `/registrations/${reader.registrationId}/recommendations${query}`, { headers: bearer(reader.manageToken) });
  expect(response.status).toBe(200);
  return jsonOf(response);
};
const idsOf = (view: { recommendations: { participant: { registrationId: string } }[] }) => view.recommendations.map((entry) => entry.participant.registrationId);

let reader: Person;
let partner: Person;
let colleague: Person;
let unlisted: Person;
let asked: Person;

beforeAll(async () => {
  app = await startTestApp([event]);
  // The reader (Morocco) offers IoT and looks for cold chain; the others offer cold chain and look for IoT.
  reader = await person('Reader', { country: 'MA', organisation: 'Maroc Numeric Cluster', clusterId: 'maroc-numeric-cluster', offerTags: ['iot'], requestTags: ['cold-chain'] });
  partner = await person('Partner', { country: 'FR', offerTags: ['cold-chain'], requestTags: ['iot'], phone: '+33612345678' });
  colleague = await person('Colleague', { country: 'MA', organisation: 'Maroc Numeric Cluster', offerTags: ['cold-chain'], requestTags: ['iot'] });
  unlisted = await person('Unlisted', { country: 'ES', offerTags: ['cold-chain'], requestTags: ['iot'], directoryOptIn: false });
  asked = await person('Asked', { country: 'DE', offerTags: ['cold-chain'], requestTags: ['iot'] });
  await app.drainStreams();
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('GET /registrations/{id}/recommendations', () => {
  it('lists complementary people with their reasons, never oneself, one’s organisation or someone outside the directory', async () => {
    const view = await recommendationsOf(reader);
    expect(idsOf(view).sort()).toEqual([partner.registrationId, asked.registrationId].sort());
    const first = view.recommendations[0];
    expect(first.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'offersWhatYouSeek', tagId: 'cold-chain', inText: false },
        { kind: 'seeksWhatYouOffer', tagId: 'iot', inText: false },
        { kind: 'sharedSector', sectorId: 'transport-logistics' },
        { kind: 'crossRegion' },
      ]),
    );
    // Complementary people first; someone sharing only a sector after them.
    const partnerList = idsOf(await recommendationsOf(partner));
    expect(new Set(partnerList.slice(0, 2))).toEqual(new Set([reader.registrationId, colleague.registrationId]));
    expect(partnerList.slice(2)).toEqual([asked.registrationId]);
    expect(idsOf(await recommendationsOf(colleague))).not.toContain(reader.registrationId);
  });

  it('never reveals an email or a phone number', async () => {
    const raw = JSON.stringify(await recommendationsOf(reader));
    for (const someone of [partner, asked, unlisted, colleague]) expect(raw).not.toContain(someone.email);
    expect(raw).not.toMatch(/\+\d{6,}|@example\.org|"email"|"phone"/);
  });

  it('stops suggesting a pair once a meeting is requested, and someone who leaves the directory at once', async () => {
    const request = await app.request('POST', `/events/${event.id}/meeting-requests`, {
      headers: bearer(reader.manageToken),
      body: { toRegistrationId: asked.registrationId, message: '', proposedSlotIds: [event.meetings.slots[0]!.id], source: 'recommendation' },
    });
    expect(request.status).toBe(201);
    expect((await jsonOf(request)).source).toBe('recommendation');
    expect((await askMeeting(app, event.id, colleague, partner, [event.meetings.slots[0]!.id])).status).toBe(201);
    const summary = await jsonOf(await app.request('GET', `/admin/events/${event.id}/summary`, { headers: bearer(await organiserKey(event.id)) }));
    expect(summary.figures.meetings.fromRecommendations).toBe(1);
    // Before the worker runs: the read itself applies the exclusions.
    const optOut = await app.request('PATCH', `/registrations/${partner.registrationId}`, { headers: bearer(partner.manageToken), body: { directoryOptIn: false } });
    expect(optOut.status).toBe(200);
    expect(idsOf(await recommendationsOf(reader))).toEqual([]);
    expect(idsOf(await recommendationsOf(asked))).toEqual([colleague.registrationId]);
    await app.drainStreams();
    expect(idsOf(await recommendationsOf(reader))).toEqual([]);
    // Back in the directory: back in the list (the worker put them back).
    await app.request('PATCH', `/registrations/${partner.registrationId}`, { headers: bearer(partner.manageToken), body: { directoryOptIn: true } });
    await app.drainStreams();
    expect(idsOf(await recommendationsOf(reader))).toEqual([partner.registrationId]);
  });

  it('updates every list a profile change touches, also when people register at the same time', async () => {
    const newcomers = await Promise.all(
      Array.from({ length: 8 }, (_, index) => person(`Newcomer${index}`, { country: index % 2 === 0 ? 'IT' : 'BE', offerTags: ['cold-chain', 'investment'], requestTags: ['iot'] })),
    );
    await app.drainStreams();
    const readerList = idsOf(await recommendationsOf(reader, '?limit=20'));
    for (const newcomer of newcomers) expect(readerList).toContain(newcomer.registrationId);
    for (const newcomer of newcomers) expect(idsOf(await recommendationsOf(newcomer))).toContain(reader.registrationId);
    // The newcomers offer more (investment) once the reader looks for it: they rank first.
    await app.request('PATCH', `/registrations/${reader.registrationId}`, { headers: bearer(reader.manageToken), body: { profile: { offer: '', request: '', offerTags: ['iot'], requestTags: ['cold-chain', 'investment'] } } });
    await app.drainStreams();
    const reordered = idsOf(await recommendationsOf(reader, '?limit=20'));
    expect(new Set(reordered.slice(0, 8))).toEqual(new Set(newcomers.map((newcomer) => newcomer.registrationId)));
  }, 150_000);

  it('serialises workers of one event: the second waits for the lease, concurrent refreshes agree', async () => {
    const { withRecommendationLease } = await import('../../shared/matchmaking/recommendation-lease');
    const { refreshRecommendations } = await import('../../shared/matchmaking/refresh-recommendations');
    const steps: string[] = [];
    const holder = (name: string) => withRecommendationLease(event.id, async () => {
      steps.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      steps.push(`${name} out`);
    });
    await Promise.all([holder('first'), holder('second')]);
    expect(steps).toHaveLength(4);
    expect(steps[1]).toBe(`${steps[0]!.split(' ')[0]} out`);

    const before = idsOf(await recommendationsOf(reader, '?limit=20'));
    const outcomes = await Promise.all([1, 2, 3].map(() => refreshRecommendations(event.id, [reader.registrationId, partner.registrationId])));
    expect(outcomes.every((outcome) => outcome.mode === 'incremental' && outcome.saved === 0)).toBe(true);
    expect(idsOf(await recommendationsOf(reader, '?limit=20'))).toEqual(before);
  });

  it('refuses a bad limit with the field named', async () => {
    const response = await app.request('GET', `/registrations/${reader.registrationId}/recommendations?limit=50`, { headers: bearer(reader.manageToken) });
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).errors).toEqual([expect.objectContaining({ path: 'query.limit' })]);
  });
});
