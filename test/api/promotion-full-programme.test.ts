import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/*
 * A waiting attendee keeps the sessions they chose as wishes; when a seat comes, they get those that
 * still have places (docs/registrations.md). The "a seat is yours" email listed only what was kept, so
 * a site visit full by then vanished without a word, although the waiting-list email had listed it
 * (audit of issue 3). It now names the sessions that were full, in the reader's language.
 */
const base = testEvent();
const event = testEvent({ capacity: 2, programme: base.programme.map((item) => (item.id === 'visit-cti' ? { ...item, capacity: 1 } : item)) });
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

describe('a promotion that cannot keep every session chosen', () => {
  it('names the full sessions in the promotion email, in the reader’s language, and nothing when all were kept', async () => {
    const leaving = await register(app, event.id, { language: 'en' });
    await register(app, event.id, { language: 'en', programme: ['visit-cti'] });
    const waiting = await register(app, event.id, { language: 'en', programme: ['visit-cti', 'visit-esith'] });
    const next = await register(app, event.id, { language: 'ar', programme: ['visit-cti'] });
    const last = await register(app, event.id, { language: 'fr', programme: ['visit-esith'] });
    expect([waiting, next, last].map((person) => person.json.status)).toEqual(['waitlisted', 'waitlisted', 'waitlisted']);
    const cancel = async (person: typeof leaving) => {
      expect((await app.request('DELETE', `/registrations/${person.json.registrationId}`, { headers: bearer(person.json.manageToken) })).status).toBe(200);
      await app.drainStreams();
    };
    const promotionOf = async (person: typeof leaving) => (await app.mailTo(person.body.email as string)).at(-1)!;

    await cancel(leaving);
    expect(await jsonOf(await app.request('GET', `/registrations/${waiting.json.registrationId}`, { headers: bearer(waiting.json.manageToken) }))).toMatchObject({
      status: 'confirmed',
      programme: ['visit-esith'],
    });
    const english = await promotionOf(waiting);
    expect(english.subject).toMatch(/place is available/);
    const text = english.body.text!.replace(/\s+/g, ' ');
    expect(text).toContain('were full when your place was confirmed, so they are not in your programme: Site visit: CTI');
    expect(english.body.html).toContain('were full when your place was confirmed');
    // The programme shown is the one booked.
    expect(text).toMatch(/YOUR PROGRAMME =+ • [^•]*Site visit: ESITH[^•]*Times are/);

    await cancel(waiting);
    const arabic = await promotionOf(next);
    expect(arabic.body.text).toContain('خبر سار');
    expect(arabic.body.text).toContain('كانت بعض الجلسات التي اخترتها مكتملة');
    expect(arabic.body.html).toContain('dir="rtl"');

    await cancel(next);
    const french = await promotionOf(last);
    expect(french.subject).toMatch(/Une place s’est libérée/);
    expect(french.body.text).not.toContain('étaient complètes');
  });
});
