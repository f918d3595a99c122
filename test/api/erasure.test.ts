import { parse } from 'csv-parse/sync';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindAgendas, remindPendingAnswers } from '../../shared/meetings/reminders';
import { cancelRegistration } from '../../shared/registrations/cancel-registration';
import { askMeeting, meetingAction, type Person } from '../support/meetings';
import { bearer, register } from '../support/registrations';
import { getItem, scanAll } from '../support/table-reads';
import { organiserKey } from '../organisers/admin-support';
import { bare } from '../email/text-helpers';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const event = testEvent({ capacity: 50 });
const slots = event.meetings.slots;
const hour = 3_600_000;
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
}, 120_000);
afterAll(() => app?.stop());

/** A person whose every personal field is a string found nowhere else, so a search of the tables finds any copy. */
function distinctive(tag: string) {
  const mark = `${tag}${ulid().slice(-8).toLowerCase()}`;
  return {
    firstName: `Zerafina${mark}`,
    lastName: `Quillbeck${mark}`,
    email: `erase.${mark}@quill.example`,
    organisation: `Quillco ${mark}`,
    phone: `+2126${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    jobTitle: `Chief ${mark}`,
    accessibilityNeeds: `Ramp ${mark}`,
    profile: { offer: `Offers ${mark}`, request: `Seeks ${mark}` },
  };
}

async function person(overrides: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Person> {
  const { json, body, response } = await register(app, event.id, overrides, headers);
  expect(response.status).toBe(201);
  return { ...json, email: body.email as string };
}

/** Every item of every table holding one of `needles` (case-insensitive), as `table: item` lines. */
async function itemsHolding(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const [table, name] of Object.entries(app.tableNames)) {
    for (const item of await scanAll(name)) {
      const text = JSON.stringify(item, (_, value) => (value instanceof Set ? [...value] : value)).toLowerCase();
      if (needles.some((needle) => text.includes(needle.toLowerCase()))) found.push(`${table}: ${text.slice(0, 300)}`);
    }
  }
  return found;
}

const needlesOf = (data: ReturnType<typeof distinctive>) => [data.firstName, data.lastName, data.email, data.organisation, data.phone, data.jobTitle, data.accessibilityNeeds, data.profile.offer, data.profile.request];

describe('erasure leaves nothing of the person behind', () => {
  it('scrubs every table of them (meeting, agenda and reminder emails to others, their words in meetings), and the others keep working', async () => {
    const erin = distinctive('e');
    const omar = distinctive('o');
    const gone = await person(erin, { 'idempotency-key': `erase-${ulid()}` });
    const kept = await person(omar);
    const third = await person({ language: 'en' });

    // Erin asks Omar, naming herself in the message; Omar accepts: requested and confirmed emails name her.
    const asked = await jsonOf(await app.request('POST', `/events/${event.id}/meeting-requests`, {
      headers: bearer(gone.manageToken),
      body: { toRegistrationId: kept.registrationId, message: `Hello, ${erin.firstName} ${erin.lastName} here`, proposedSlotIds: [slots[0]!.id] },
    }));
    expect((await meetingAction(app, kept, asked.meetingRequestId, 'accept', { slotId: slots[0]!.id })).status).toBe(200);
    // A third person asks Erin twice: she declines one with a reason naming her; the other waits (a reminder to her).
    const declined = await jsonOf(await askMeeting(app, event.id, third, gone, [slots[1]!.id]));
    expect((await meetingAction(app, gone, declined.meetingRequestId, 'decline', { reason: `${erin.organisation} is busy` })).status).toBe(200);
    const waiting = await jsonOf(await askMeeting(app, event.id, kept, gone, [slots[2]!.id]));
    expect(waiting.status).toBe('pending');
    expect(await remindPendingAnswers(event, new Date(Date.now() + 25 * hour))).toBeGreaterThanOrEqual(1);
    // The agenda the day before names each counterpart.
    expect(await remindAgendas(event, new Date(Date.parse(slots[0]!.start) - 20 * hour))).toBeGreaterThanOrEqual(2);
    // An organiser exports the registrations found by searching her name: the export log keeps the search.
    const key = await organiserKey(event.id);
    const csv = await app.request('GET', `/admin/events/${event.id}/registrations?q=${encodeURIComponent(erin.lastName)}`, { headers: { authorization: `Bearer ${key}`, accept: 'text/csv' } });
    expect(csv.status).toBe(200);
    await app.drainStreams();
    expect((await itemsHolding(needlesOf(erin))).length).toBeGreaterThan(4);
    const mentionsOf = async (registrationId: string) => (await scanAll(app.tableNames.confirmations)).filter((item) => item.pk === `MENTIONS#${registrationId}`);
    // Her registration email, the request, both confirmations, the decline, the pending request and its reminder, both agendas.
    expect((await mentionsOf(gone.registrationId)).length).toBeGreaterThanOrEqual(7);

    const erased = await app.request('DELETE', `/registrations/${gone.registrationId}?erase=true`, { headers: bearer(gone.manageToken) });
    expect(erased.status).toBe(200);
    await app.drainStreams();

    expect(await itemsHolding(needlesOf(erin))).toEqual([]);
    expect(await mentionsOf(gone.registrationId)).toEqual([]);
    // Every email naming her was still rendered and sent (the counterparts' cancellations name nobody); none failed.
    const statuses = (await scanAll(app.tableNames.confirmations)).filter((item) => item.entityType === 'confirmation').map((item) => item.status);
    expect(statuses.filter((status) => !['sent', 'erased'].includes(status as string))).toEqual([]);
    const record = await getItem(app.tableNames.registrations, { pk: `REGISTRATION#${gone.registrationId}`, sk: 'REGISTRATION' });
    expect(record).toMatchObject({ status: 'cancelled', country: 'MA' });
    expect(record?.erasureFinishedAt).toBeDefined();
    // Organisers read it as erased, not as one more cancellation with blank names (the console says "Erased").
    const adminView = await jsonOf(await app.request('GET', `/admin/events/${event.id}/registrations/${gone.registrationId}`, { headers: { authorization: `Bearer ${key}` } }));
    expect(adminView.registration).toMatchObject({ status: 'cancelled', firstName: '', erasedAt: record?.erasedAt });
    const exported = await app.request('GET', `/admin/events/${event.id}/registrations`, { headers: { authorization: `Bearer ${key}`, accept: 'text/csv' } });
    const rows = parse(Buffer.from(await exported.arrayBuffer()).toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.find((row) => row.registrationId === gone.registrationId)).toMatchObject({ status: 'cancelled', erasedAt: record?.erasedAt, lastName: '', email: '' });
    expect(rows.find((row) => row.registrationId === kept.registrationId)).toMatchObject({ erasedAt: '', lastName: omar.lastName });

    // Omar's data stays, and his views read the meeting with an erased person without failing.
    expect((await itemsHolding([omar.firstName, omar.organisation])).length).toBeGreaterThan(0);
    const agenda = await app.request('GET', `/registrations/${kept.registrationId}/agenda`, { headers: bearer(kept.manageToken) });
    expect(agenda.status).toBe(200);
    expect((await jsonOf(agenda)).entries.filter((entry: { kind: string }) => entry.kind === 'meeting')).toEqual([]);
    const mine = await app.request('GET', `/registrations/${kept.registrationId}/meeting-requests`, { headers: bearer(kept.manageToken) });
    expect(mine.status).toBe(200);
    const meeting = await app.request('GET', `/meeting-requests/${asked.meetingRequestId}`, { headers: bearer(kept.manageToken) });
    expect(meeting.status).toBe(200);
    expect((await jsonOf(meeting)).status).toBe('cancelled');

    // The erased registration is gone for its token.
    expect((await app.request('DELETE', `/registrations/${gone.registrationId}?erase=true`, { headers: bearer(gone.manageToken) })).status).toBe(404);
  });

  it('is finished by the Registrations stream when the request stops after its transaction', async () => {
    const erin = distinctive('s');
    const gone = await person(erin);
    const other = await person({});
    const asked = await jsonOf(await askMeeting(app, event.id, other, gone, [slots[3]!.id]));
    expect((await meetingAction(app, gone, asked.meetingRequestId, 'accept', { slotId: slots[3]!.id })).status).toBe(200);
    await app.drainStreams();

    // Only the request's transaction: what `finishErasure` does afterwards is left to the stream worker.
    await cancelRegistration({ event, registrationId: gone.registrationId, erase: true, now: new Date() });
    await app.drainStreams();

    expect(await itemsHolding(needlesOf(erin))).toEqual([]);
    const meeting = await jsonOf(await app.request('GET', `/meeting-requests/${asked.meetingRequestId}`, { headers: bearer(other.manageToken) }));
    expect(meeting.status).toBe('cancelled');
  });
});

describe('what an erasure leaves in other people’s emails', () => {
  it('tells the recipient of a pending request "un participant" withdrew it (no blank name), and the console does not send the request again', async () => {
    const amina = await person({ language: 'ar', firstName: 'أمينة', lastName: 'بنعلي', organisation: 'Maroc Numeric Cluster' });
    const jean = await person({ language: 'fr', firstName: 'Jean', lastName: 'Dupont' });
    const asked = await jsonOf(await askMeeting(app, event.id, amina, jean, [slots[4]!.id]));
    expect(asked.status).toBe('pending');
    await app.drainStreams();
    const confirmations = async () => (await scanAll(app.tableNames.confirmations)).filter((item) => item.entityType === 'confirmation');
    const request = (await confirmations()).find((item) => {
      const message = item.message as { kind: string; recipient: { registrationId?: string } };
      return message.kind === 'meeting-requested' && message.recipient.registrationId === jean.registrationId;
    });
    expect(request).toBeDefined();

    expect((await app.request('DELETE', `/registrations/${amina.registrationId}?erase=true`, { headers: bearer(amina.manageToken) })).status).toBe(200);
    await app.drainStreams();

    const withdrawn = (await app.mailTo(jean.email)).filter((mail) => bare(mail.subject).startsWith('Demande de rendez-vous retirée'));
    expect(withdrawn).toHaveLength(1);
    const [mail] = withdrawn;
    expect(bare(mail!.subject)).toMatch(/^Demande de rendez-vous retirée\s:\sun participant – \S/);
    const text = bare(mail!.body.text ?? '');
    expect(text).toContain('Un participant a retiré sa demande de rendez-vous');
    expect(text).not.toMatch(/^\s*(Nom|Organisation)\s*:\s*$/m);
    expect(text).not.toContain('أمينة');

    // Sending Jean's request email again would show blank rows and an answer link to a request that no longer stands.
    const before = { records: (await confirmations()).length, mails: (await app.mailTo(jean.email)).length };
    const key = await organiserKey(event.id);
    const resend = await app.request('POST', `/admin/events/${event.id}/confirmations/${request!.confirmationId as string}/resend`, { headers: { authorization: `Bearer ${key}` } });
    expect(resend.status).toBe(409);
    expect(resend.headers.get('content-type')).toContain('application/problem+json');
    expect((await jsonOf(resend)).type).toMatch(/names-erased-person$/);
    await app.drainStreams();
    expect({ records: (await confirmations()).length, mails: (await app.mailTo(jean.email)).length }).toEqual(before);
  });
});
