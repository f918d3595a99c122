import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/*
 * The agenda and its calendar feed show the programme items a registration holds (audit of issue 4):
 * a waiting attendee's choices (wishes, no seat) and a cancelled attendee's (seats given back) were
 * listed as booked, and the feed kept them as CONFIRMED events in the subscribed calendar.
 */
const event = testEvent({ capacity: 1 });
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

type Registered = Awaited<ReturnType<typeof register>>;

const agendaOf = async (person: Registered) =>
  jsonOf(await app.request('GET', `/registrations/${person.json.registrationId}/agenda`, { headers: bearer(person.json.manageToken) }));

/** The programme item ids in the agenda, and the UIDs of the feed's events. */
async function shown(person: Registered): Promise<{ agenda: string[]; feed: string[] }> {
  const agenda = await agendaOf(person);
  const feedUrl = new URL(agenda.feedUrl as string);
  const feed = await app.request('GET', feedUrl.pathname + feedUrl.search);
  expect(feed.status).toBe(200);
  const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
  return {
    agenda: (agenda.entries as { kind: string; id: string }[]).filter((entry) => entry.kind === 'programme').map((entry) => entry.id),
    feed: events.map((vevent) => String(vevent.getFirstPropertyValue('uid')).split('@')[0]!.split('.').at(-1)!),
  };
}

describe('the agenda of a registration that holds no seat', () => {
  it('lists no programme item while waiting or once cancelled, and the chosen ones once confirmed', async () => {
    const confirmed = await register(app, event.id, { programme: ['visit-cti'] });
    const waiting = await register(app, event.id, { programme: ['visit-esith'] });
    expect([confirmed.json.status, waiting.json.status]).toEqual(['confirmed', 'waitlisted']);
    expect(await shown(confirmed)).toEqual({ agenda: ['visit-cti'], feed: ['visit-cti'] });
    expect(await shown(waiting)).toEqual({ agenda: [], feed: [] });

    expect((await app.request('DELETE', `/registrations/${confirmed.json.registrationId}`, { headers: bearer(confirmed.json.manageToken) })).status).toBe(200);
    expect(await shown(confirmed)).toEqual({ agenda: [], feed: [] });
    // The seat went to the first waiting attendee, with the session they chose.
    expect(await shown(waiting)).toEqual({ agenda: ['visit-esith'], feed: ['visit-esith'] });
  });
});
