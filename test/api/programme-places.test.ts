import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const base = testEvent();
/** The site visits keep their capacity; one of them is made small enough to fill in the test. */
const event = testEvent({ programme: base.programme.map((item) => (item.id === 'visit-cti' ? { ...item, capacity: 2 } : item)) });
/** Two site visits of one place each, for a change of programme that finds them full. */
const small = testEvent({ programme: base.programme.map((item) => (['visit-cti', 'visit-esith'].includes(item.id) ? { ...item, capacity: 1 } : item)) });
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event, small]);
});
afterAll(() => app.stop());

const placesLeft = async () =>
  Object.fromEntries((await jsonOf(await app.request('GET', `/events/${event.id}`))).programme.filter((item: { capacity?: number }) => item.capacity !== undefined).map((item: { id: string; remainingPlaces: number }) => [item.id, item.remainingPlaces]));

describe('remaining places in the public event', () => {
  it('counts down per programme item with a capacity, down to 0 (full), and gives them back on cancellation; items without a capacity say nothing', async () => {
    expect(await placesLeft()).toEqual({ 'visit-mascir': 25, 'visit-esith': 25, 'visit-cti': 2 });
    const [first] = await Promise.all([register(app, event.id, { programme: ['visit-cti', 'visit-mascir'] }), register(app, event.id, { programme: ['visit-cti'] })]);
    expect(await placesLeft()).toEqual({ 'visit-mascir': 24, 'visit-esith': 25, 'visit-cti': 0 });
    const listed = await jsonOf(await app.request('GET', `/events/${event.id}`));
    expect(listed.programme.find((item: { id: string }) => item.id === 'opening-ceremony')).not.toHaveProperty('remainingPlaces');
    expect(JSON.stringify(listed)).not.toContain('@example.org');

    expect((await app.request('DELETE', `/registrations/${first.json.registrationId}`, { headers: bearer(first.json.manageToken) })).status).toBeLessThan(300);
    expect(await placesLeft()).toEqual({ 'visit-mascir': 25, 'visit-esith': 25, 'visit-cti': 1 });
  });
});

describe('a change of programme adding a full item', () => {
  it('is a 409 naming each full item at its programme.<i>, as registering is, and changes nothing (audit of issue 3)', async () => {
    await register(app, small.id, { programme: ['visit-cti', 'visit-esith'] });
    const person = await register(app, small.id, { programme: [] });
    const change = (programme: string[]) => app.request('PATCH', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken), body: { programme } });
    const refused = await change(['visit-mascir', 'visit-cti', 'visit-esith']);
    expect(refused.status).toBe(409);
    const problem = await jsonOf(refused);
    expect(problem.type).toBe('urn:rendezvous:problem:programme-item-full');
    expect(problem.errors.map((error: { path: string }) => error.path).sort()).toEqual(['programme.1', 'programme.2']);
    expect(problem.errors.every((error: { message: string }) => error.message === 'has no seat left')).toBe(true);
    expect((await jsonOf(await app.request('GET', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken) }))).programme).toEqual([]);
    expect((await change(['visit-mascir'])).status).toBe(200);
  });
});

describe('the consent text version', () => {
  it('is kept with the registration and returned with it; a malformed one is a 400 naming the field with the others', async () => {
    const created = await register(app, event.id, { consentVersion: '2019-01' });
    expect(created.response.status).toBe(201);
    const read = await jsonOf(await app.request('GET', `/registrations/${created.json.registrationId}`, { headers: bearer(created.json.manageToken) }));
    expect(read.consentVersion).toBe('2019-01');

    const refused = await register(app, event.id, { consentVersion: 'v 1 <b>', consent: false });
    expect(refused.response.status).toBe(400);
    expect(refused.json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'consentVersion' }), expect.objectContaining({ path: 'consent' })]));
  });
});
