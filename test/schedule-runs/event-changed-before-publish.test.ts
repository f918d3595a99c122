import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamo } from '../../shared/storage/dynamo-client';
import { runPlacementKey } from '../../shared/storage/keys';
import { organiserKey } from '../organisers/admin-support';
import { expectBookingInvariants } from '../support/meeting-invariants';
import { acceptedWithoutTime, seedPeople } from '../support/meetings';
import { startOrganiserApp } from '../support/organiser-app';
import { bearer } from '../support/registrations';
import { jsonOf, type StoredEmail, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const base = testEvent();
const event = testEvent({ capacity: 500, meetings: { ...base.meetings, tablesPerSlot: 4, participantsPickSlots: false } });
const slots = event.meetings.slots.map((slot) => slot.id);
/** Meetings may take programme sessions here; a training overlaps the first slot. */
const training = { ...base.programme.find((item) => item.kind === 'training')!, id: 'training-first-slot', start: base.meetings.slots[0]!.start, end: base.meetings.slots[1]!.end };
const openEvent = testEvent({ capacity: 500, programme: [...base.programme, training], meetings: { ...base.meetings, participantsPickSlots: false, programmeSessionsBookable: true } });

let app: TestApp;
let key: string;
let openKey: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event, openEvent]));
  openKey = await organiserKey(openEvent.id);
});
afterAll(() => app.stop());

const admin = (method: string, path: string, body?: unknown, eventId = event.id) =>
  app.request(method, `/admin/events/${eventId}${path}`, { headers: bearer(eventId === event.id ? key : openKey), ...(body === undefined ? {} : { body }) });

/** `from` proposes one slot, `to` accepts without a time. */

const agendaEmails = (mails: StoredEmail[]) => mails.filter((mail) => mail.attachments.some((file) => file.filename.endsWith('-agenda.ics')));

describe('Publishing a preview after the organisers changed the event', () => {
  it('books no meeting in a removed slot nor at a table the event no longer has: those wait, the rest publishes', async () => {
    const [a, b, c, d, e, f] = await seedPeople(app, event, 6);
    const [atHighTable, untouched, inRemovedSlot] = [
      await acceptedWithoutTime(app, event.id, a!, b!, [slots[0]!]),
      await acceptedWithoutTime(app, event.id, c!, d!, [slots[5]!]),
      await acceptedWithoutTime(app, event.id, e!, f!, [slots[10]!]),
    ];
    const preview = await jsonOf(await admin('POST', '/schedule', { seed: 1, timeLimitMs: 300 }));
    const planned = (id: string) => preview.placements.find((placement: { meetingRequestId: string }) => placement.meetingRequestId === id);
    expect([atHighTable, untouched, inRemovedSlot].map((id) => planned(id).slotId)).toEqual([slots[0], slots[5], slots[10]]);

    // The solver may give any of the 4 tables; this one got the 4th. Then the organisers go down to 2 tables
    // and drop the third meeting's slot, as they may while nothing is booked there.
    await dynamo().send(new UpdateCommand({
      TableName: app.tableNames.meetingRequests,
      Key: runPlacementKey(preview.runId, atHighTable),
      UpdateExpression: 'SET #table = :four',
      ExpressionAttributeNames: { '#table': 'table' },
      ExpressionAttributeValues: { ':four': 4 },
    }));
    const changed = await admin('PATCH', '', { meetings: { tablesPerSlot: 2, slots: event.meetings.slots.filter((slot) => slot.id !== slots[10]) } });
    expect(changed.status).toBe(200);

    expect((await admin('POST', `/schedule/${preview.runId}/publish`)).status).toBe(202);
    await app.drainStreams();
    const published = await jsonOf(await admin('GET', `/schedule/${preview.runId}`));
    expect(published).toMatchObject({ status: 'published', progress: { placed: 2, conflicts: 1, notified: 4 } });
    expect(planned(inRemovedSlot).status).toBe('planned');
    const after = (id: string) => published.placements.find((placement: { meetingRequestId: string }) => placement.meetingRequestId === id);
    expect(after(inRemovedSlot)).toMatchObject({ status: 'conflict', reason: 'slot-changed' });
    expect(after(atHighTable)).toMatchObject({ status: 'placed', slotId: slots[0] });
    expect(after(atHighTable).table).toBeLessThanOrEqual(2);

    const confirmed = await expectBookingInvariants(app, event.id, 2);
    expect(confirmed.map((meeting) => meeting.meetingRequestId).sort()).toEqual([atHighTable, untouched].sort());
    for (const meeting of confirmed) expect(meeting.table as number).toBeLessThanOrEqual(2);
    const waiting = await jsonOf(await app.request('GET', `/meeting-requests/${inRemovedSlot}`, { headers: bearer(e!.manageToken) }));
    expect(waiting.status).toBe('accepted');

    for (const person of [a, b, c, d]) expect(agendaEmails(await app.mailTo(person!.email))).toHaveLength(1);
    for (const person of [e, f]) expect(agendaEmails(await app.mailTo(person!.email))).toEqual([]);
    // The run is done, so the event may publish again.
    const again = await jsonOf(await admin('POST', '/schedule', { seed: 1, timeLimitMs: 300 }));
    expect((await admin('POST', `/schedule/${again.runId}/publish`)).status).toBe(202);
  }, 120_000);

  it('books no meeting in a programme session one side chose after the preview', async () => {
    const [a, b, c, d] = await seedPeople(app, openEvent, 4);
    const [chosenSession, free] = [await acceptedWithoutTime(app, openEvent.id, a!, b!, [slots[0]!]), await acceptedWithoutTime(app, openEvent.id, c!, d!, [slots[0]!])];
    const preview = await jsonOf(await admin('POST', '/schedule', { seed: 1, timeLimitMs: 300 }, openEvent.id));
    expect(preview.placements.map((placement: { slotId: string }) => placement.slotId)).toEqual([slots[0], slots[0]]);
    const chose = await app.request('PATCH', `/registrations/${b!.registrationId}`, { headers: bearer(b!.manageToken), body: { programme: [training.id] } });
    expect(chose.status).toBe(200);

    expect((await admin('POST', `/schedule/${preview.runId}/publish`, undefined, openEvent.id)).status).toBe(202);
    await app.drainStreams();
    const published = await jsonOf(await admin('GET', `/schedule/${preview.runId}`, undefined, openEvent.id));
    const after = (id: string) => published.placements.find((placement: { meetingRequestId: string }) => placement.meetingRequestId === id);
    expect(after(chosenSession)).toMatchObject({ status: 'conflict', reason: 'participant-unavailable' });
    expect(after(free)).toMatchObject({ status: 'placed', slotId: slots[0] });
  }, 120_000);
});
