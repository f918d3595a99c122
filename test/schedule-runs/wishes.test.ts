import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedWithoutTime, registerPeople, type Person } from '../support/meetings';
import { bearer } from '../support/registrations';
import { jsonOf, type StoredEmail, type TestApp } from '../support/test-app';
import { adminRequest, startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';

const base = testEvent();
const event = testEvent({ capacity: 500, meetings: { ...base.meetings, tablesPerSlot: 4, participantsPickSlots: false } });
const slotIds = event.meetings.slots.map((slot) => slot.id);
/** 9 April 14:40 in the seeded grid: the example of a proposed slot the scheduler ignored. */
const proposed = 'd1-1440';
const secondDay = event.meetings.slots.find((slot) => slot.id.startsWith('d2'))!.start.slice(0, 10);

let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
});
afterAll(() => app.stop());

const admin = (method: string, path: string, body?: unknown) => adminRequest(app, key, event.id, method, path, body);
const patch = (person: Person, body: unknown) => app.request('PATCH', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken), body });

/** `from` asks `to` for a meeting in `slots`; `to` accepts without choosing a time. */

const placementOf = (run: { placements: { meetingRequestId: string; slotId?: string; start?: string }[] }, id: string) =>
  run.placements.find((placement) => placement.meetingRequestId === id)!;
const agendaEmails = (mails: StoredEmail[]) => mails.filter((mail) => mail.attachments.some((file) => file.filename.endsWith('-agenda.ics')));

describe('Schedule all honours wishes (issue 22)', () => {
  it('scheduling preferences: validated field by field, stored, shown to the owner', async () => {
    const [person] = await registerPeople(app, event.id, 1);
    const bad = await patch(person!, {
      schedulingPreferences: { preferredDay: '2019-01-01', earliest: '17:00', latest: '10:00', keepFree: [{ fromSlotId: 'nope', toSlotId: slotIds[0] }, { fromSlotId: slotIds[3], toSlotId: slotIds[1] }] },
    });
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).errors.map((error: { path: string }) => error.path).sort()).toEqual(
      ['schedulingPreferences.preferredDay', 'schedulingPreferences.latest', 'schedulingPreferences.keepFree.0.fromSlotId', 'schedulingPreferences.keepFree.1.toSlotId'].sort(),
    );
    const malformed = await patch(person!, { schedulingPreferences: { earliest: '9h', keepFree: [{ fromSlotId: slotIds[0] }], extra: 1 } });
    expect(malformed.status).toBe(400);
    const paths = (await jsonOf(malformed)).errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['schedulingPreferences.earliest', 'schedulingPreferences.keepFree.0.toSlotId']));

    // The event's checks run on the fields the schema accepts, beside its errors for the others (outside probe).
    const mixed = await patch(person!, {
      schedulingPreferences: { preferredDay: '2019-01-01', earliest: '25:00', keepFree: [{ fromSlotId: 'nope', toSlotId: 'bad id!' }] },
    });
    expect(mixed.status).toBe(400);
    expect((await jsonOf(mixed)).errors.map((error: { path: string }) => error.path).sort()).toEqual(
      ['schedulingPreferences.preferredDay', 'schedulingPreferences.earliest', 'schedulingPreferences.keepFree.0.fromSlotId', 'schedulingPreferences.keepFree.0.toSlotId'].sort(),
    );

    const preferences = { preferredDay: secondDay, earliest: '16:00', keepFree: [{ fromSlotId: slotIds[0], toSlotId: slotIds[2] }] };
    const good = await patch(person!, { schedulingPreferences: preferences });
    expect(good.status).toBe(200);
    expect((await jsonOf(good)).schedulingPreferences).toEqual(preferences);
    const read = await jsonOf(await app.request('GET', `/registrations/${person!.registrationId}`, { headers: bearer(person!.manageToken) }));
    expect(read.schedulingPreferences).toEqual(preferences);
  });

  it('places a meeting proposed for one slot free for both, accepted without a time, in that slot; says so in the run and the agenda email', async () => {
    const [a, b, c, d, e] = await registerPeople(app, event.id, 5);
    await patch(a!, { language: 'en' });
    await patch(b!, { language: 'fr' });
    await patch(c!, { language: 'ar' });
    await patch(e!, { language: 'en' });
    // The wished meeting, and other meetings of both sides proposed elsewhere, so the slot is not the only choice.
    const wished = await acceptedWithoutTime(app, event.id, a!, b!, [proposed]);
    const others = [await acceptedWithoutTime(app, event.id, a!, c!, [slotIds.at(-1)!]), await acceptedWithoutTime(app, event.id, b!, d!, [slotIds.at(-2)!])];
    // E prefers the second day after 16:00 (two wishes on E's meeting), D proposed it on the first day (one
    // wish): two wishes outweigh one, so E's preferences win.
    await patch(e!, { schedulingPreferences: { preferredDay: secondDay, earliest: '16:00' } });
    const forE = await acceptedWithoutTime(app, event.id, d!, e!, ['d1-1500', 'd1-1520']);

    const preview = await admin('POST', '/schedule', { seed: 3, timeLimitMs: 1000 });
    expect(preview.status).toBe(201);
    const run = await jsonOf(preview);
    expect(run.counts).toMatchObject({ planned: 4, unplaced: 0 });
    expect(placementOf(run, wished).slotId).toBe(proposed);
    for (const id of others) expect(placementOf(run, id).slotId).toBeDefined();
    const eMeeting = placementOf(run, forE);
    expect(eMeeting.start!.slice(0, 10)).toBe(secondDay);
    expect(eMeeting.start!.slice(11, 16) >= '16:00').toBe(true);
    // 4 proposed-slot wishes (D's for E not honoured) and E's two preferences on one meeting.
    expect(run.wishes).toEqual({
      expressed: 6,
      honoured: 5,
      summary: { en: '5 of 6 wishes honoured', fr: 'Souhaits respectés\u00a0: 5 sur 6', ar: 'تمت مراعاة 5 من أصل 6 رغبات' },
    });
    expect(run.figures).toMatchObject({ wishesExpressed: 6, wishesHonoured: 5 });

    expect((await admin('POST', `/schedule/${run.runId}/publish`)).status).toBe(202);
    await app.drainStreams();
    expect(await jsonOf(await admin('GET', `/schedule/${run.runId}?placements=false`))).toMatchObject({ status: 'published', wishes: { honoured: 5 } });
    await app.drainStreams(); // the mailer sends what the publisher recorded
    const [toA] = agendaEmails(await app.mailTo(a!.email));
    expect(toA!.body.text).toContain('2 of 2 wishes honoured');
    const [toB] = agendaEmails(await app.mailTo(b!.email));
    expect(toB!.body.text).toContain('Souhaits respectés\u00a0: 2 sur 2');
    const [toC] = agendaEmails(await app.mailTo(c!.email));
    expect(toC!.body.html).toContain('تمت مراعاة 1 من أصل رغبة واحدة');
    // E's email counts E's own preferences and the slots proposed for E's meeting, not D's other meeting.
    const [toE] = agendaEmails(await app.mailTo(e!.email));
    expect(toE!.body.text).toContain('2 of 3 wishes honoured');
  }, 120_000); // about 40 s measured with the 2 cores shared by others (many HTTP round trips, a publish)
});
