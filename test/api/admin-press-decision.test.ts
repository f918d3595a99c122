import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestAccreditation } from '../support/press';
import { jsonOf, type TestApp } from '../support/test-app';
import { startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';

const run = Date.now().toString(36);
const contact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: `zineb.${run}@startupmaroc.example`, language: 'fr' as const };
const event = testEvent({ pressContacts: [contact] });
const otherEvent = testEvent({ pressContacts: [contact] });
let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event, otherEvent]));
});
afterAll(() => app?.stop());

const accreditation = (eventId: string, email: string) => requestAccreditation(app, eventId, event.startDate, email);

const decide = (eventId: string, accreditationId: string, body: unknown) =>
  app.request('POST', `/admin/events/${eventId}/press-accreditations/${accreditationId}/decision`, { headers: { authorization: `Bearer ${key}` }, body });

describe('POST /admin/events/{id}/press-accreditations/{id}/decision (console press queue)', () => {
  it('approves once; a second decision, from the console or a concurrent one, is 409 naming who decided', async () => {
    const journalist = `jane.${run}.a@lematin.example`;
    const id = await accreditation(event.id, journalist);
    const [first, second] = await Promise.all([decide(event.id, id, { decision: 'approve' }), decide(event.id, id, { decision: 'reject', reason: 'Full' })]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const winner = await jsonOf(first.status === 200 ? first : second);
    expect(winner).toMatchObject({ accreditationId: id, decidedBy: 'Organisers' });
    const loser = await jsonOf(first.status === 200 ? second : first);
    expect(loser.detail).toContain('Organisers');
    // The press contact hears of it (they did not decide), and the journalist gets the outcome.
    await expect.poll(async () => (await app.mailTo(contact.email)).length, { timeout: 15_000 }).toBeGreaterThan(1);
    await expect.poll(async () => (await app.mailTo(journalist)).length, { timeout: 15_000 }).toBeGreaterThan(1);
    // In the contact's language, the organisers named as such (it read "Organisers a accepté cette demande").
    const verb = winner.status === 'approved' ? 'accepté' : 'refusé';
    const notice = (await app.mailTo(contact.email)).find((mail) => /^Accréditation (acceptée|refusée)/.test(mail.subject))!;
    expect(notice.body.text).toContain(`Les organisateurs ont ${verb} cette demande le`);
    expect(notice.body.text).not.toContain('Organisers');
  });

  it("names every bad field in one 400, and is 404 for another event's request", async () => {
    const id = await accreditation(event.id, `jane.${run}.b@lematin.example`);
    const bad = await decide(event.id, id, { decision: 'maybe', reason: 42 });
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).errors.map((error: { path: string }) => error.path).sort()).toEqual(['decision', 'reason']);
    const foreign = await accreditation(otherEvent.id, `jane.${run}.c@lematin.example`);
    expect((await decide(event.id, foreign, { decision: 'approve' })).status).toBe(404);
  });
});
