import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresFromSources } from '../../shared/organisers/dashboard-from-tables';
import { readSummarySources } from '../../shared/organisers/summary-sources';
import { registrationKey } from '../../shared/storage/keys';
import { bearer, register } from '../support/registrations';
import { startOrganiserApp } from '../support/organiser-app';
import { getItem } from '../support/table-reads';
import { jsonOf, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/**
 * An attendee corrects their own details (docs/registrations.md, "Correcting one's details"): every
 * copy follows in the same transaction (the directory's order and search text, the dashboard's
 * breakdowns), and what reads the record (the door search, the directory, the registration) shows
 * the new values.
 */
const event = testEvent({ capacity: 100 });
let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
}, 60_000);
afterAll(() => app?.stop());

const stamp = Date.now().toString(36);
const patch = (person: { registrationId: string; manageToken: string }, body: Record<string, unknown>) =>
  app.request('PATCH', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken), body });
const read = async (person: { registrationId: string; manageToken: string }) =>
  jsonOf(await app.request('GET', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken) }));
const doorSearch = async (q: string) =>
  (await jsonOf(await app.request('GET', `/admin/events/${event.id}/check-ins?q=${encodeURIComponent(q)}`, { headers: bearer(key) }))).items as { registrationId: string; firstName: string; lastName: string; organisation: string }[];
const directory = async (reader: { manageToken: string }, q?: string) =>
  (await jsonOf(await app.request('GET', `/events/${event.id}/participants?limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}`, { headers: bearer(reader.manageToken) })))
    .participants as { registrationId: string; firstName: string; lastName: string; organisation: string; country: string; sectors: string[] }[];
const dashboard = async () => {
  const { generatedAt: _, ...figures } = await jsonOf(await app.request('GET', `/admin/events/${event.id}/dashboard`, { headers: bearer(key) }));
  return figures;
};
const fromTables = async () => {
  const { generatedAt: _, ...figures } = figuresFromSources(event.id, await readSummarySources(event.id), new Date().toISOString());
  return figures;
};

describe('PATCH /registrations/{id}: one\'s own details', () => {
  it('corrects names, organisation, country and sectors: found under the new name at the door, in the directory and on the registration', async () => {
    const { json: person } = await register(app, event.id, {
      firstName: 'Mohammed', lastName: `Zaydi${stamp}`, organisation: `Atlas Ancienne ${stamp}`, country: 'MA', sectors: ['ict'],
      phone: '+212661234567', jobTitle: 'Directeur', accessibilityNeeds: 'Rampe',
    });
    const { json: reader } = await register(app, event.id, { lastName: `Reader${stamp}` });
    expect(await doorSearch(`mohammed zaydi${stamp}`)).toHaveLength(1);

    const changed = await patch(person, {
      firstName: 'Mohamed', lastName: `El Zaydi${stamp}`, organisation: `Atlas Nouvelle ${stamp}`, country: 'tn', sectors: ['agrifood', 'textile'],
      jobTitle: 'Directeur général', phone: null, accessibilityNeeds: '',
    });
    expect(changed.status).toBe(200);
    const expected = { firstName: 'Mohamed', lastName: `El Zaydi${stamp}`, organisation: `Atlas Nouvelle ${stamp}`, country: 'TN', sectors: ['agrifood', 'textile'], jobTitle: 'Directeur général' };
    expect(await jsonOf(changed)).toMatchObject(expected);
    const view = await read(person);
    expect(view).toMatchObject({ ...expected, email: expect.stringContaining('@example.org') });
    expect(view).not.toHaveProperty('phone');
    expect(view).not.toHaveProperty('accessibilityNeeds');

    // The door: the new name and organisation find them, the old name no longer does.
    expect(await doorSearch(`mohamed el zaydi${stamp}`)).toEqual([
      { registrationId: person.registrationId, firstName: 'Mohamed', lastName: `El Zaydi${stamp}`, organisation: `Atlas Nouvelle ${stamp}`, status: 'confirmed' },
    ]);
    expect((await doorSearch(`atlas nouvelle ${stamp}`)).map((found) => found.registrationId)).toEqual([person.registrationId]);
    expect(await doorSearch(`mohammed ${stamp}`)).toEqual([]);
    expect(await doorSearch(`ancienne ${stamp}`)).toEqual([]);

    // The directory: listed under the new name, in the new name's order, found by the new organisation only.
    const listed = (await directory(reader)).find((entry) => entry.registrationId === person.registrationId);
    expect(listed).toMatchObject({ firstName: 'Mohamed', lastName: `El Zaydi${stamp}`, organisation: `Atlas Nouvelle ${stamp}`, country: 'TN', sectors: ['agrifood', 'textile'] });
    expect((await directory(reader, `nouvelle ${stamp}`)).map((entry) => entry.registrationId)).toEqual([person.registrationId]);
    expect(await directory(reader, `ancienne ${stamp}`)).toEqual([]);
    // And by the new name (the web app's search field says "name, organisation, offer, request"), not the old one.
    expect((await directory(reader, `mohamed el zaydi${stamp}`)).map((entry) => entry.registrationId)).toEqual([person.registrationId]);
    expect(await directory(reader, `Zaydi${stamp}`).then((found) => found.map((entry) => entry.registrationId))).toEqual([person.registrationId]);
    expect(await directory(reader, `mohammed zaydi${stamp}`)).toEqual([]);
    const item = await getItem(app.tableNames.registrations, registrationKey(person.registrationId));
    expect(item?.gsi2sk).toBe(`el zaydi${stamp}#mohamed#${person.registrationId}`);

    // The dashboard left MA and ict for TN, agrifood and textile in the same transaction: it equals a recount.
    expect(await dashboard()).toEqual(await fromTables());
    const { registrations } = await dashboard();
    const count = (list: { key: string; count: number }[], name: string) => list.find((entry) => entry.key === name)?.count ?? 0;
    expect([count(registrations.byCountry, 'TN'), count(registrations.byCountry, 'MA')]).toEqual([1, 1]);
    expect([count(registrations.bySector, 'agrifood'), count(registrations.bySector, 'textile'), count(registrations.bySector, 'ict')]).toEqual([1, 1, 1]);
  });

  it('refuses every bad field in one 400 and writes nothing; the email is never a field', async () => {
    const { json: person } = await register(app, event.id, { lastName: `Refused${stamp}` });
    const before = await read(person);
    const refused = await patch(person, {
      firstName: '\u200d', lastName: 'x'.repeat(101), organisation: 'Line\nbreak', jobTitle: '', phone: '0612345678',
      country: 'ZZ', sectors: ['space'], email: 'new@example.org', profile: { offer: 'Never saved' },
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const errors = (await jsonOf(refused)).errors as { path: string; message: string }[];
    expect(Object.fromEntries(errors.map((error) => [error.path, error.message]))).toMatchObject({
      firstName: 'must not be empty',
      lastName: 'must be at most 100 characters',
      organisation: 'must be one line without control characters',
      jobTitle: 'must not be empty',
      phone: 'must be an E.164 number such as +212522000000',
      country: 'must be an ISO 3166-1 alpha-2 country code',
      'sectors.0': expect.stringContaining(`is not a sector of ${event.id}`),
      // An unknown field is named at its own path (shared/http/parse-request.ts).
      email: 'is not a known field',
    });
    expect(await read(person)).toEqual(before);
    expect((await patch(person, { sectors: [] })).status).toBe(400);
  });

  it('reaches the recommendation lists through the stream: a new name shows at once, a shared organisation takes the pair out', async () => {
    const profile = (offerTags: string[], requestTags: string[]) => ({ offer: '', request: '', offerTags, requestTags });
    const { json: seller } = await register(app, event.id, { firstName: 'Samir', lastName: `Seller${stamp}`, organisation: `Froid Sud ${stamp}`, clusterId: undefined, sectors: ['transport-logistics'], profile: profile(['cold-chain'], ['iot']) });
    const { json: buyer } = await register(app, event.id, { firstName: 'Nadia', lastName: `Buyer${stamp}`, organisation: `Capteurs Nord ${stamp}`, clusterId: undefined, country: 'FR', sectors: ['transport-logistics'], profile: profile(['iot'], ['cold-chain']) });
    await app.drainStreams();
    const recommended = async (reader: { registrationId: string; manageToken: string }) =>
      (await jsonOf(await app.request('GET', `/registrations/${reader.registrationId}/recommendations?limit=20`, { headers: bearer(reader.manageToken) })))
        .recommendations.map((entry: { participant: { registrationId: string; lastName: string } }) => entry.participant) as { registrationId: string; lastName: string }[];
    expect((await recommended(buyer)).map((participant) => participant.registrationId)).toContain(seller.registrationId);

    expect((await patch(seller, { lastName: `Vendeur${stamp}` })).status).toBe(200);
    expect((await recommended(buyer)).find((participant) => participant.registrationId === seller.registrationId)?.lastName).toBe(`Vendeur${stamp}`);

    // Now of the buyer's organisation: people of one organisation are never suggested to each other (docs/matchmaking.md).
    expect((await patch(seller, { organisation: `Capteurs Nord ${stamp}` })).status).toBe(200);
    await app.drainStreams();
    expect((await recommended(buyer)).map((participant) => participant.registrationId)).not.toContain(seller.registrationId);
    expect((await recommended(seller)).map((participant) => participant.registrationId)).not.toContain(buyer.registrationId);
  });

  it('emails the attendee which details changed, once per change and only for their details, in their language', async () => {
    const { json: person, body } = await register(app, event.id, { firstName: 'Salma', lastName: `Told${stamp}`, organisation: `Avant ${stamp}`, language: 'fr', phone: '+212661234567' });
    const address = body.email as string;
    const told = async () => {
      await app.drainStreams();
      return (await app.mailTo(address)).filter((mail) => mail.subject.includes('Vos informations ont été modifiées'));
    };
    expect((await patch(person, { lastName: `Corrigee${stamp}`, organisation: `Apres ${stamp}`, phone: null })).status).toBe(200);
    const [mail, ...more] = await told();
    expect(more).toEqual([]);
    // One line per paragraph or not, with its no-break spaces: compared as words.
    const text = mail!.body.text!.replace(/\s+/g, ' ');
    expect(text).toContain('ont été modifiées : nom, organisation, téléphone.');
    // The new name and organisation, and the link to check them.
    expect(text).toContain(`Salma Corrigee${stamp}`);
    expect(text).toContain(`Apres ${stamp}`);
    expect(text).toMatch(new RegExp(`/registrations/${person.registrationId}\\?event=${event.id}#token=`));

    // The same change again changes nothing, and a change of something else than their details tells nothing.
    expect((await patch(person, { lastName: `Corrigee${stamp}`, organisation: `Apres ${stamp}` })).status).toBe(200);
    expect((await patch(person, { directoryOptIn: false, profile: { offer: 'Des capteurs' } })).status).toBe(200);
    expect(await told()).toHaveLength(1);
    // Kept on the registration, so that erasure blanks it too.
    const record = await getItem(app.tableNames.registrations, registrationKey(person.registrationId));
    expect(record!.emailIds).toHaveLength(2);
  });

  it('cannot change a cancelled registration', async () => {
    const { json: person } = await register(app, event.id, { lastName: `Gone${stamp}` });
    await app.request('DELETE', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken) });
    const refused = await patch(person, { lastName: `Back${stamp}` });
    expect(refused.status).toBe(409);
    expect((await read(person)).lastName).toBe(`Gone${stamp}`);
  });
});

describe('the directory search', () => {
  it('finds every word typed, in any order, whatever its case and accents, Arabic vowel signs included', async () => {
    const { json: elodie } = await register(app, event.id, { firstName: 'Élodie', lastName: `Müller${stamp}`, organisation: `Société Générale ${stamp}` });
    const { json: mohammed } = await register(app, event.id, { firstName: 'مُحمّد', lastName: `Search${stamp}`, language: 'ar' });
    const { json: reader } = await register(app, event.id, { lastName: `Looker${stamp}` });
    const found = async (q: string) => (await directory(reader, q)).map((entry) => entry.registrationId);
    for (const q of [`elodie muller${stamp}`, `MÜLLER${stamp} Élodie`, `societe ${stamp}`, `generale muller${stamp}`]) expect(await found(q), q).toEqual([elodie.registrationId]);
    expect(await found(`elodie ${stamp} absent`)).toEqual([]);
    expect(await found(`محمد search${stamp}`)).toEqual([mohammed.registrationId]);
    const { json: sara } = await register(app, event.id, { firstName: 'سارة', lastName: `Search${stamp}`, language: 'ar' });
    expect(await found(`ساره search${stamp}`)).toEqual([sara.registrationId]);
  });
});
