import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireRequests } from '../../shared/meetings/expire-requests';
import { remindAgendas, remindPendingAnswers } from '../../shared/meetings/reminders';
import { bearer, register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const base = testEvent({ capacity: 100 }, 30);
// Requests expire 12 hours from now (the expiry counts back from the event's first day).
const hoursToStart = (Date.parse(`${base.startDate}T00:00:00Z`) - Date.now()) / 3_600_000;
const expiring = testEvent({ capacity: 100, meetings: { ...base.meetings, requestExpiryHoursBeforeStart: hoursToStart - 12 } }, 30);
let app: TestApp;
const hour = 3_600_000;

beforeAll(async () => {
  app = await startTestApp([base, expiring]);
});
afterAll(() => app.stop());

async function pair(eventId: string) {
  const [a, b] = await Promise.all([register(app, eventId, { language: 'en' }), register(app, eventId, { language: 'fr' })]);
  return [{ ...a.json, email: a.body.email as string }, { ...b.json, email: b.body.email as string }] as const;
}

const ask = async (eventId: string, from: { manageToken: string }, to: { registrationId: string }, slotId: string) =>
  jsonOf(await app.request('POST', `/events/${eventId}/meeting-requests`, { headers: bearer(from.manageToken), body: { toRegistrationId: to.registrationId, proposedSlotIds: [slotId] } }));

describe('scheduled meeting jobs', () => {
  it('reminds a recipient of requests waiting a day, once a day', async () => {
    const [asker, asked] = await pair(base.id);
    await ask(base.id, asker, asked, base.meetings.slots[0]!.id);
    const later = new Date(Date.now() + 25 * hour);
    expect(await remindPendingAnswers(base, later)).toBeGreaterThanOrEqual(1);
    expect(await remindPendingAnswers(base, later)).toBe(0);
    await app.drainStreams();
    const reminders = (await app.mailTo(asked.email)).filter((mail) => mail.body.text?.includes('Amina'));
    expect(reminders.length).toBeGreaterThanOrEqual(2);
  });

  it('sends each participant their agenda the day before their meetings', async () => {
    const [asker, asked] = await pair(base.id);
    const slot = base.meetings.slots[2]!;
    const meeting = await ask(base.id, asker, asked, slot.id);
    expect((await app.request('POST', `/meeting-requests/${meeting.meetingRequestId}/accept`, { headers: bearer(asked.manageToken), body: { slotId: slot.id } })).status).toBe(200);
    const dayBefore = new Date(Date.parse(slot.start) - 20 * hour);
    expect(await remindAgendas(base, dayBefore)).toBeGreaterThanOrEqual(2);
    expect(await remindAgendas(base, dayBefore)).toBe(0);
    await app.drainStreams();
    for (const person of [asker, asked]) {
      const agendaMail = (await app.mailTo(person.email)).find((mail) => mail.attachments.some((file) => Buffer.from(file.content, 'base64').toString().includes('METHOD:PUBLISH') && Buffer.from(file.content, 'base64').toString().includes(meeting.meetingRequestId)));
      expect(agendaMail).toBeDefined();
    }
  });

  it('expires unanswered requests when the event says so and tells both sides', async () => {
    const [asker, asked] = await pair(expiring.id);
    const meeting = await ask(expiring.id, asker, asked, expiring.meetings.slots[0]!.id);
    expect(await expireRequests(expiring, new Date())).toBe(0);
    expect(await expireRequests(expiring, new Date(Date.now() + 24 * hour))).toBe(1);
    const after = await jsonOf(await app.request('GET', `/meeting-requests/${meeting.meetingRequestId}`, { headers: bearer(asker.manageToken) }));
    expect(after.status).toBe('expired');
    await app.drainStreams();
    for (const person of [asker, asked]) expect((await app.mailTo(person.email)).some((mail) => mail.body.html?.includes(meeting.meetingRequestId))).toBe(true);
    const again = await app.request('POST', `/events/${expiring.id}/meeting-requests`, { headers: bearer(asker.manageToken), body: { toRegistrationId: asked.registrationId, proposedSlotIds: [expiring.meetings.slots[0]!.id] } });
    expect(again.status).toBe(201);
  });
});
