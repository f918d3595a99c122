import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placePlanned } from '../../shared/schedule-runs/place-planned';
import { placementsOf } from '../../shared/schedule-runs/run-store';
import { expectBookingInvariants } from '../support/meeting-invariants';
import { askMeeting, meetingAction, seedPeople, type Person } from '../support/meetings';
import { organiserKey } from '../organisers/admin-support';
import { bearer } from '../support/registrations';
import { scanAll } from '../support/table-reads';
import { jsonOf, startTestApp, type StoredEmail, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

const base = testEvent();
/** Organisers place the meetings; 4 tables make the table pool matter. */
const flowEvent = testEvent({ capacity: 500, meetings: { ...base.meetings, tablesPerSlot: 4, participantsPickSlots: false } });
/** Participants may still pick slots themselves: their accepts race the publisher. */
const raceEvent = testEvent({ capacity: 500, meetings: { ...base.meetings, tablesPerSlot: 6, participantsPickSlots: true } });
const resumeEvent = testEvent({ capacity: 500, meetings: { ...base.meetings, tablesPerSlot: 4 } });
const emptyEvent = testEvent();
const coverageEvent = testEvent({ capacity: 500 });
const slots = base.meetings.slots.map((slot) => slot.id);

let app: TestApp;
const keys = new Map<string, string>();

beforeAll(async () => {
  app = await startTestApp([flowEvent, raceEvent, resumeEvent, emptyEvent, coverageEvent]);
  for (const event of [flowEvent, raceEvent, resumeEvent, emptyEvent, coverageEvent]) keys.set(event.id, await organiserKey(event.id));
});
afterAll(() => app.stop());

const admin = (eventId: string, method: string, path: string, body?: unknown) =>
  app.request(method, `/admin/events/${eventId}${path}`, { headers: bearer(keys.get(eventId)!), ...(body === undefined ? {} : { body }) });

/** Each pair asks and the other side accepts without a time: `accepted`, waiting for the scheduler. */
async function acceptedMeetings(eventId: string, pairs: [Person, Person][]): Promise<string[]> {
  const ids: string[] = [];
  for (const [from, to] of pairs) {
    const asked = await askMeeting(app, eventId, from, to, [slots[0]!]);
    expect(asked.status).toBe(201);
    const id = (await jsonOf(asked)).meetingRequestId as string;
    const accepted = await meetingAction(app, to, id, 'accept', {});
    expect(await jsonOf(accepted)).toMatchObject({ status: 'accepted' });
    ids.push(id);
  }
  return ids;
}

/** Everyone meets the next `degree` people around a ring: hubs-free, but dense enough to need a real schedule. */
const ringPairs = (crowd: Person[], degree: number): [Person, Person][] =>
  crowd.flatMap((person, index) => Array.from({ length: degree }, (_, step) => [person, crowd[(index + step + 1) % crowd.length]!] as [Person, Person]));

const scheduleEmails = (mails: StoredEmail[]) => mails.filter((mail) => mail.attachments.some((file) => file.filename.endsWith('-agenda.ics')));
const calendarEvents = (file: { content: string }) =>
  new ICAL.Component(ICAL.parse(Buffer.from(file.content, 'base64').toString('utf8'))).getAllSubcomponents('vevent');

async function publishAndWait(eventId: string, runId: string) {
  const publishing = await admin(eventId, 'POST', `/schedule/${runId}/publish`);
  expect(publishing.status).toBe(202);
  await app.drainStreams();
  return jsonOf(await admin(eventId, 'GET', `/schedule/${runId}`));
}

describe('Schedule all (organisers)', () => {
  it('previews, publishes in the background and sends each participant ONE agenda email with an .ics, in their language', async () => {
    const languages = ['fr', 'en', 'ar'];
    const crowd = await seedPeople(app, flowEvent, 9);
    for (const [index, person] of crowd.entries()) {
      await app.request('PATCH', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken), body: { language: languages[index % 3] } });
    }
    const meetingIds = await acceptedMeetings(flowEvent.id, ringPairs(crowd, 2));
    // Someone is away for the first two slots: the schedule must respect it.
    await app.request('PATCH', `/registrations/${crowd[0]!.registrationId}`, { headers: bearer(crowd[0]!.manageToken), body: { unavailableSlotIds: [slots[0], slots[1]] } });

    const preview = await admin(flowEvent.id, 'POST', '/schedule', { seed: 7, timeLimitMs: 500 });
    expect(preview.status).toBe(201);
    const run = await jsonOf(preview);
    expect(run).toMatchObject({ status: 'ready', seed: 7, counts: { accepted: meetingIds.length, planned: meetingIds.length, unplaced: 0, placed: 0 } });
    expect(run.figures).toMatchObject({ placed: meetingIds.length, breaks: expect.any(Number), idleSlots: expect.any(Number) });
    expect(run.placements.map((placement: { meetingRequestId: string }) => placement.meetingRequestId).sort()).toEqual([...meetingIds].sort());
    expect(run.placements[0].participants[0]).toMatchObject({ registrationId: expect.any(String), name: expect.stringMatching(/^P\d/) });
    for (const placement of run.placements) {
      if (placement.participants.some((side: { registrationId: string }) => side.registrationId === crowd[0]!.registrationId)) {
        expect([slots[0], slots[1]]).not.toContain(placement.slotId);
      }
    }

    // A preview books nothing and tells no one.
    const meeting = await jsonOf(await app.request('GET', `/meeting-requests/${meetingIds[0]}`, { headers: bearer(crowd[1]!.manageToken) }));
    expect(meeting.status).toBe('accepted');
    await app.drainStreams();
    expect(scheduleEmails(await app.mailTo(crowd[0]!.email))).toEqual([]);

    const published = await publishAndWait(flowEvent.id, run.runId);
    expect(published).toMatchObject({ status: 'published', counts: { placed: meetingIds.length, conflicts: 0, waiting: 0 }, progress: { placed: meetingIds.length, conflicts: 0, notified: crowd.length } });
    // Publishing again is harmless: still published, nothing booked or sent twice.
    expect(await jsonOf(await admin(flowEvent.id, 'POST', `/schedule/${run.runId}/publish`))).toMatchObject({ status: 'published' });
    await app.drainStreams();

    const confirmed = await expectBookingInvariants(app, flowEvent.id, 4);
    expect(confirmed.map((item) => item.meetingRequestId).sort()).toEqual([...meetingIds].sort());
    for (const placement of published.placements) {
      const stored = confirmed.find((item) => item.meetingRequestId === placement.meetingRequestId)!;
      expect(stored.slotId).toBe(placement.slotId);
      expect(stored.table).toBe(placement.table);
    }

    for (const [index, person] of crowd.entries()) {
      const mails = scheduleEmails(await app.mailTo(person.email));
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      const language = languages[index % 3];
      if (language === 'ar') expect(mail!.body.html).toContain('dir="rtl"');
      expect(mail!.subject).toContain({ fr: 'planifiés', en: 'scheduled', ar: 'جدولة' }[language!]);
      const mine = published.placements.filter((placement: { participants: { registrationId: string }[] }) =>
        placement.participants.some((side) => side.registrationId === person.registrationId),
      );
      const events = calendarEvents(mail!.attachments.find((file) => file.filename.endsWith('-agenda.ics'))!);
      expect(events).toHaveLength(mine.length);
      const starts = events.map((vevent) => (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).sort();
      expect(starts).toEqual(mine.map((placement: { start: string }) => Date.parse(placement.start)).sort());
      const agenda = await jsonOf(await app.request('GET', `/registrations/${person.registrationId}/agenda`, { headers: bearer(person.manageToken) }));
      expect(agenda.entries.filter((entry: { kind: string }) => entry.kind === 'meeting')).toHaveLength(mine.length);
    }
  });

  it('says whether the unplaced meetings were avoidable: someone free in one slot only keeps one of their three, and no schedule places more', async () => {
    const [busy, ...others] = await seedPeople(app, coverageEvent, 4);
    await acceptedMeetings(coverageEvent.id, others.map((other) => [busy!, other]));
    await app.request('PATCH', `/registrations/${busy!.registrationId}`, { headers: bearer(busy!.manageToken), body: { unavailableSlotIds: slots.slice(1) } });
    const run = await jsonOf(await admin(coverageEvent.id, 'POST', '/schedule', { seed: 1, timeLimitMs: 500 }));
    expect(run.counts).toMatchObject({ planned: 1, unplaced: 2 });
    expect(run.coverage).toEqual({ placed: 1, provablyPlaceable: 1, provedMaximal: true, provedBy: 'bound' });
    const unplaced = run.placements.filter((placement: { status: string }) => placement.status === 'unplaced');
    for (const placement of unplaced) {
      expect(placement).toMatchObject({ reason: 'participant-overbooked', overbooked: { registrationId: busy!.registrationId, meetings: 3, slots: 1 } });
      // The API's own sentence counts in English ("1 free slot", not "1 free slots").
      expect(placement.detail).toBe(`${busy!.registrationId} has 3 accepted meetings and only 1 free slot in which they could meet: 2 of them cannot take place.`);
    }
    // Read back, the run says the same.
    expect((await jsonOf(await admin(coverageEvent.id, 'GET', `/schedule/${run.runId}?placements=false`))).coverage).toEqual(run.coverage);
  });

  // These two register a crowd, book it and publish through the real stack: ~14 s alone, 38-60 s when the
  // suite's other files (two at a time, plus the shared browser stack) hold the same two cores.
  const crowdedTestTimeout = 150_000;

  it('publishing while participants cancel and accept concurrently breaks no invariant: changed meetings are reported, never double-booked', async () => {
    const crowd = await seedPeople(app, raceEvent, 24);
    const meetingIds = await acceptedMeetings(raceEvent.id, ringPairs(crowd, 3));
    const run = await jsonOf(await admin(raceEvent.id, 'POST', '/schedule', { timeLimitMs: 500 }));
    expect(run.counts.planned).toBe(meetingIds.length);

    // New requests between people who already have a planned meeting in slot s: accepting them in s races the publisher.
    const byId = new Map(crowd.map((person) => [person.registrationId, person]));
    const planned = run.placements as { meetingRequestId: string; slotId: string; participants: { registrationId: string }[] }[];
    const racers = await Promise.all(
      planned.slice(0, 12).map(async (placement, index) => {
        const from = byId.get(placement.participants[0]!.registrationId)!;
        const to = crowd[(crowd.indexOf(from) + 12 + index) % crowd.length]!;
        const asked = await jsonOf(await askMeeting(app, raceEvent.id, from, to, [placement.slotId]));
        return { id: asked.meetingRequestId as string, to, slotId: placement.slotId };
      }),
    );
    const cancels = planned.slice(12, 24).map((placement) => ({ id: placement.meetingRequestId, who: byId.get(placement.participants[1]!.registrationId)! }));

    // Spread over the publish: some changes land before the publisher reaches a meeting, some after.
    const later = <T,>(index: number, action: () => Promise<T>) => new Promise<T>((resolve) => setTimeout(() => resolve(action()), index * 120));
    const responses = await Promise.all([
      admin(raceEvent.id, 'POST', `/schedule/${run.runId}/publish`),
      ...racers.map((racer, index) => later(index, () => meetingAction(app, racer.to, racer.id, 'accept', { slotId: racer.slotId }))),
      ...cancels.map((cancel, index) => later(index, () => meetingAction(app, cancel.who, cancel.id, 'cancel'))),
    ]);
    expect(responses.filter((response) => response.status >= 500)).toEqual([]);
    await app.drainStreams();

    const published = await jsonOf(await admin(raceEvent.id, 'GET', `/schedule/${run.runId}`));
    expect(published.status).toBe('published');
    expect(published.counts.waiting).toBe(0);
    const summaryOnly = await jsonOf(await admin(raceEvent.id, 'GET', `/schedule/${run.runId}?placements=false`));
    expect(summaryOnly).toMatchObject({ status: 'published', counts: published.counts, progress: { placed: published.counts.placed } });
    expect(summaryOnly.placements).toBeUndefined();
    expect(published.counts.placed + published.counts.conflicts).toBe(meetingIds.length);
    for (const placement of published.placements.filter((entry: { status: string }) => entry.status === 'conflict')) {
      expect(['meeting-changed', 'participant-booked', 'no-table-free', 'participant-unavailable']).toContain(placement.reason);
    }

    const confirmed = await expectBookingInvariants(app, raceEvent.id, 6);
    const meetings = (await scanAll(app.tableNames.meetingRequests)).filter((item) => item.entityType === 'meeting-request' && item.eventId === raceEvent.id);
    for (const placement of published.placements) {
      const stored = meetings.find((item) => item.meetingRequestId === placement.meetingRequestId)!;
      if (placement.status === 'placed') expect(['confirmed', 'cancelled']).toContain(stored.status);
      if (placement.status === 'conflict') expect(stored.status).not.toBe('confirmed');
    }
    // Each cancel either beat the publisher (conflict) or came after it (a cancelled, released meeting).
    for (const cancel of cancels) expect(meetings.find((item) => item.meetingRequestId === cancel.id)!.status).not.toBe('confirmed');
    expect(confirmed.length).toBeGreaterThan(0);
  }, crowdedTestTimeout);

  it('resumes an interrupted publish and never books or emails twice, even when the publisher runs again', async () => {
    const crowd = await seedPeople(app, resumeEvent, 8);
    const meetingIds = await acceptedMeetings(resumeEvent.id, ringPairs(crowd, 2));
    const run = await jsonOf(await admin(resumeEvent.id, 'POST', '/schedule', { timeLimitMs: 300 }));

    // An earlier attempt died after booking three meetings.
    for (const placement of (await placementsOf(run.runId)).slice(0, 3)) expect((await placePlanned(resumeEvent, placement, new Date().toISOString())).status).toBe('placed');
    const published = await publishAndWait(resumeEvent.id, run.runId);
    expect(published.counts).toMatchObject({ placed: meetingIds.length, conflicts: 0 });

    // The stream delivers the run again (a retry after a timeout): nothing changes.
    const emailRecords = async () => (await scanAll(app.tableNames.confirmations)).filter((item) => item.entityType === 'confirmation').length;
    const before = await emailRecords();
    const { UpdateCommand, DynamoDBDocumentClient } = await import('@aws-sdk/lib-dynamodb');
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    await DynamoDBDocumentClient.from(new DynamoDBClient({})).send(
      new UpdateCommand({ TableName: app.tableNames.meetingRequests, Key: { pk: `RUN#${run.runId}`, sk: 'RUN' }, UpdateExpression: 'SET #s = :p', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':p': 'publishing' } }),
    );
    await app.drainStreams();
    expect(await emailRecords()).toBe(before);
    expect((await jsonOf(await admin(resumeEvent.id, 'GET', `/schedule/${run.runId}`))).status).toBe('published');
    const confirmed = await expectBookingInvariants(app, resumeEvent.id, 4);
    expect(confirmed).toHaveLength(meetingIds.length);
    for (const person of crowd) expect(scheduleEmails(await app.mailTo(person.email))).toHaveLength(1);
  }, crowdedTestTimeout);

  it('answers bad requests with problems naming the fields, unknown runs with 404, and an empty event with 409', async () => {
    const invalid = await admin(emptyEvent.id, 'POST', '/schedule', { timeLimitMs: 5, seed: 0 });
    expect(invalid.status).toBe(400);
    const problem = await jsonOf(invalid);
    expect(problem.errors.map((error: { path: string }) => error.path).sort()).toEqual(['seed', 'timeLimitMs']);
    expect((await admin(emptyEvent.id, 'POST', '/schedule', {})).status).toBe(409);
    expect((await admin(emptyEvent.id, 'GET', '/schedule/01ARZ3NDEKTSV4RRFFQ69G5FAV')).status).toBe(404);
    expect((await admin(emptyEvent.id, 'POST', '/schedule/01ARZ3NDEKTSV4RRFFQ69G5FAV/publish')).status).toBe(404);
    expect((await admin(emptyEvent.id, 'GET', '/schedule/not-a-run')).status).toBe(400);
    // Another event's run is not found through this event's key.
    const [first] = (await scanAll(app.tableNames.meetingRequests)).filter((item) => item.entityType === 'schedule-run' && item.eventId === flowEvent.id);
    expect((await admin(emptyEvent.id, 'GET', `/schedule/${first!.runId}`)).status).toBe(404);
  });
});
