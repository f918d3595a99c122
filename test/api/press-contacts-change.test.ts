import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewPendingWithAddedContacts } from '../../shared/press/review-added-contacts';
import { requestAccreditation } from '../support/press';
import { bearer } from '../support/registrations';
import { jsonOf, type TestApp } from '../support/test-app';
import { startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';

const run = Date.now().toString(36);
const zineb = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: `zineb.${run}@startupmaroc.example`, language: 'fr' as const };
const inmaculada = { name: 'Inmaculada Ruiz', organisation: 'ANIMA Investment Network', email: `inmaculada.${run}@anima.example`, language: 'en' as const };
const event = testEvent({ pressContacts: [zineb] });
let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
});
afterAll(() => app?.stop());

const patch = (body: unknown) => app.request('PATCH', `/admin/events/${event.id}`, { body, headers: bearer(key) });
const decisionToken = (text: string) => /\/decision#token=([A-Za-z0-9_.-]+)/.exec(text)![1]!;
const reviewsTo = async (email: string) => (await app.mailTo(email)).filter((mail) => mail.subject.startsWith('Accreditation request') || mail.subject.startsWith('Demande d’accréditation'));

describe('press contacts added to an event with requests waiting', () => {
  it('get each pending request with a link of their own (not the decided ones), once; their link decides', async () => {
    const waiting = await requestAccreditation(app, event.id, event.startDate, `waiting.${run}@lematin.example`);
    const decided = await requestAccreditation(app, event.id, event.startDate, `decided.${run}@lematin.example`);
    await app.drainStreams();
    const zinebsLink = (await reviewsTo(zineb.email)).find((mail) => mail.body.text!.includes(decided))!;
    const decision = await app.request('POST', `/press-accreditations/${decided}/review`, { headers: bearer(decisionToken(zinebsLink.body.text!)), body: { decision: 'approve' } });
    expect(decision.status).toBe(200);

    expect((await patch({ pressContacts: [zineb, inmaculada] })).status).toBe(200);
    await app.drainStreams();
    const reviews = await reviewsTo(inmaculada.email);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.body.text).toContain(waiting);

    // The same contacts again, or a name corrected, send nothing more.
    expect((await patch({ pressContacts: [zineb, { ...inmaculada, name: 'Inmaculada Ruiz Pérez' }] })).status).toBe(200);
    await app.drainStreams();
    expect(await reviewsTo(inmaculada.email)).toHaveLength(1);

    const approved = await app.request('POST', `/press-accreditations/${waiting}/review`, { headers: bearer(decisionToken(reviews[0]!.body.text!)), body: { decision: 'approve' } });
    expect(approved.status).toBe(200);
    expect(await jsonOf(approved)).toMatchObject({ status: 'approved', decidedBy: 'Inmaculada Ruiz Pérez' });
  });

  // Two saves that both read the event before the contact was added (a retried PATCH, two organisers at once).
  it('get each pending request once when two saves add them at the same moment', async () => {
    const waiting = await requestAccreditation(app, event.id, event.startDate, `twice.${run}@lematin.example`);
    const latecomer = { name: 'Nadia Berrada', organisation: 'Le Matin', email: `nadia.${run}@lematin.example`, language: 'fr' as const };
    const before = { ...event, pressContacts: [zineb] };
    const after = { ...event, pressContacts: [zineb, latecomer] };
    const sent = await Promise.all([1, 2, 3].map(() => reviewPendingWithAddedContacts(before, after, new Date())));
    await app.drainStreams();
    const reviews = (await reviewsTo(latecomer.email)).filter((mail) => mail.body.text!.includes(waiting));
    expect(reviews).toHaveLength(1);
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(1);
  });
});
