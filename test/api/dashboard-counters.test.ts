import type { SNSEvent } from 'aws-lambda';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext, loadHandler } from '../../local/load-handler';
import { figuresFromSources } from '../../shared/organisers/dashboard-from-tables';
import { readDashboardCounters } from '../../shared/organisers/dashboard-counter-items';
import { recountDashboard } from '../../shared/organisers/recount-dashboard';
import type { SesNotification } from '../../shared/organisers/ses-feedback';
import { readSummarySources } from '../../shared/organisers/summary-sources';
import { dynamo } from '../../shared/storage/dynamo-client';
import { askMeeting, meetingAction, registerPeople, type Person } from '../support/meetings';
import { requestAccreditation } from '../support/press';
import { bearer, register } from '../support/registrations';
import { adminRequest, startOrganiserApp } from '../support/organiser-app';
import { jsonOf, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/**
 * The dashboard's counters (docs/organisers.md, "Dashboard") are kept in the transactions that
 * change what they count: after a concurrent mix of every such change, they equal a recount from
 * the tables; the recount rebuilds them for an older event and loses no live change.
 */
const pressContact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: 'zineb@startupmaroc.example', language: 'fr' as const };
const event = testEvent({ capacity: 10, pressContacts: [pressContact] });
let app: TestApp;
let key: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
}, 60_000);
afterAll(() => app?.stop());

const admin = (method: string, path: string, body?: unknown) => adminRequest(app, key, event.id, method, path, body);

async function dashboard() {
  const response = await admin('GET', '/dashboard');
  expect(response.status).toBe(200);
  const { generatedAt, ...figures } = await jsonOf(response);
  expect(Date.parse(generatedAt)).not.toBeNaN();
  return figures;
}

async function fromTables() {
  const { generatedAt: _, ...figures } = figuresFromSources(event.id, await readSummarySources(event.id), new Date().toISOString());
  return figures;
}

async function bounce(sesMessageId: string): Promise<void> {
  const handler = await loadHandler('functions/ses-feedback.ts');
  const notification: SesNotification = { eventType: 'Bounce', mail: { messageId: sesMessageId }, bounce: { bounceType: 'Transient', bounceSubType: 'MailboxFull' } };
  await handler({ Records: [{ EventSource: 'aws:sns', Sns: { Message: JSON.stringify(notification) } }] } as unknown as SNSEvent, lambdaContext('sesFeedback'));
}

const ticketOf = async (person: Person) => (await jsonOf(await app.request('GET', `/registrations/${person.registrationId}`, { headers: bearer(person.manageToken) }))).ticket as { token: string };
const countries = ['MA', 'TN', 'FR', 'DZ'];
const sectorSets = [['ict'], ['agrifood', 'textile'], ['ict', 'energy-environment']];
const types = ['cluster-manager', 'company', 'research'];

describe('dashboard counters', () => {
  let people: Person[] = [];

  it('equal a recount from the tables after concurrent registrations, cancellations, updates, press decisions, meeting answers, check-ins and a bounce', async () => {
    // 14 people at once for 10 seats: 4 wait. Countries, sectors and types vary.
    people = (
      await Promise.all(
        Array.from({ length: 14 }, (_, index) =>
          registerPeople(app, event.id, 1, { firstName: `D${index}`, country: countries[index % 4], sectors: sectorSets[index % 3], participantType: types[index % 3] }),
        ),
      )
    ).flat();
    const confirmed = people.filter((person) => person.status === 'confirmed');
    // In ticket order: the last one waiting is never promoted by the two seats freed below.
    const waiting = people.filter((person) => person.status === 'waitlisted').sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    expect(confirmed).toHaveLength(10);
    const press = await Promise.all(['a', 'b', 'c', 'd'].map((name) => requestAccreditation(app, event.id, event.startDate, `${name}.${event.id}@press.example`)));
    const asked = await Promise.all(
      [[0, 1], [0, 2], [1, 3], [2, 3], [4, 5], [5, 6]].map(async ([from, to]) => ({
        to: confirmed[to!]!,
        from: confirmed[from!]!,
        id: (await jsonOf(await askMeeting(app, event.id, confirmed[from!]!, confirmed[to!]!, [event.meetings.slots[0]!.id]))).meetingRequestId as string,
      })),
    );
    const tickets = await Promise.all(confirmed.slice(6, 9).map(ticketOf));

    // Everything at once: each kind of change races the others on the same counter items.
    const statuses = await Promise.all([
      meetingAction(app, asked[0]!.to, asked[0]!.id, 'accept', {}),
      meetingAction(app, asked[1]!.to, asked[1]!.id, 'accept', {}),
      meetingAction(app, asked[2]!.to, asked[2]!.id, 'decline', {}),
      meetingAction(app, asked[3]!.from, asked[3]!.id, 'cancel'),
      admin('POST', `/press-accreditations/${press[0]}/decision`, { decision: 'approve' }),
      admin('POST', `/press-accreditations/${press[1]}/decision`, { decision: 'approve' }),
      admin('POST', `/press-accreditations/${press[2]}/decision`, { decision: 'reject', reason: 'Not covering the event.' }),
      ...tickets.map((ticket) => admin('POST', '/check-ins', { ticket: ticket.token })),
      // Two confirmed leave (the first two waiting get their seats) and one waiting person leaves.
      app.request('DELETE', `/registrations/${confirmed[9]!.registrationId}`, { headers: bearer(confirmed[9]!.manageToken) }),
      app.request('DELETE', `/registrations/${confirmed[5]!.registrationId}?erase=true`, { headers: bearer(confirmed[5]!.manageToken) }),
      app.request('DELETE', `/registrations/${waiting[3]!.registrationId}`, { headers: bearer(waiting[3]!.manageToken) }),
      app.request('PATCH', `/registrations/${confirmed[3]!.registrationId}`, { headers: bearer(confirmed[3]!.manageToken), body: { profile: { offer: 'Cold chain' } } }),
    ]).then((responses) => responses.map((response) => response.status));
    expect(statuses.every((status) => status < 300)).toBe(true);
    // A checked-in attendee leaves: the door's count gives them back.
    const leaving = confirmed[6]!;
    expect((await app.request('DELETE', `/registrations/${leaving.registrationId}`, { headers: bearer(leaving.manageToken) })).status).toBe(200);

    await app.drainStreams();
    const sent = (await jsonOf(await admin('GET', '/confirmations?status=sent&limit=5'))).items as { sesMessageId: string }[];
    await bounce(sent[0]!.sesMessageId);

    const figures = await dashboard();
    expect(figures).toEqual(await fromTables());
    expect(figures.registrations).toMatchObject({ byStatus: { confirmed: 10, waitlisted: 0, cancelled: 4 }, checkedIn: 2 });
    // The erased attendee's two requests were cancelled when they left.
    expect(figures.meetings).toEqual({ requested: 6, byStatus: { pending: 0, accepted: 2, confirmed: 0, declined: 1, cancelled: 3, expired: 0 } });
    expect(figures.press).toEqual({ pending: 1, approved: 2, rejected: 1 });
    expect(figures.emails).toEqual({ bounced: 1, complained: 0, failed: 0 });
  });

  it('show the same figures as the summary, which reads the tables', async () => {
    const [figures, summary] = await Promise.all([dashboard(), admin('GET', '/summary').then(jsonOf)]);
    expect(figures.registrations.byStatus).toEqual(summary.figures.registrations.byStatus);
    expect(figures.registrations.checkedIn).toBe(summary.figures.registrations.checkedIn);
    expect(figures.registrations.bySector).toEqual(summary.figures.registrations.bySector);
    expect(figures.registrations.byCountry).toEqual(summary.figures.registrations.byCountry);
    expect(figures.registrations.byParticipantType).toEqual(summary.figures.registrations.byParticipantType);
    expect(figures.meetings.byStatus).toEqual(summary.figures.meetings.byStatus);
    expect(figures.press).toMatchObject({ pending: summary.figures.press.pending, approved: summary.figures.press.approved });
  });

  it('are rebuilt by a recount for an event that had none, without losing registrations made during it', async () => {
    // An event from before the counters: remove the dashboard's items.
    for (const item of (await readDashboardCounters(event.id)).items) {
      await dynamo().send(new DeleteCommand({ TableName: app.tableNames.registrations, Key: { pk: `EVENT#${event.id}`, sk: `COUNTERS#${item.group}#${item.part}` } }));
    }
    expect((await dashboard()).registrations.byCountry).toEqual([]);
    // Registrations commit between the recount's reading of the counters and its reading of the tables
    // (its first settle, not a race with a timer): they change a shard it read, so its first write is refused
    // and it starts again (without that check they would count twice: in the tables' base and in the shards).
    const recount = await recountDashboard(event.id, {
      settle: async (attempt) => {
        if (attempt > 0) return;
        for (let index = 0; index < 3; index += 1) await register(app, event.id, { country: 'EG', sectors: ['mechatronics'] });
      },
    });
    expect(recount.attempts).toBeGreaterThanOrEqual(2);
    const figures = await dashboard();
    expect(figures).toEqual(await fromTables());
    expect(figures.registrations.byCountry).toContainEqual({ key: 'EG', count: 3 });
  });

  it('are not changed by a recount when they are right', async () => {
    const before = await dashboard();
    await recountDashboard(event.id, { settleMs: 0 });
    expect(await dashboard()).toEqual(before);
  });

  it('stay unchanged when a transaction is refused for a named reason (a duplicate email)', async () => {
    const before = await dashboard();
    const first = await register(app, event.id, { country: 'LB' });
    const again = await register(app, event.id, { email: first.body.email, country: 'LB' });
    expect(again.response.status).toBe(409);
    expect(again.json.detail).toBe('This email address is already registered for this event.');
    const after = await dashboard();
    expect(after.registrations.byCountry).toContainEqual({ key: 'LB', count: 1 });
    expect(after.registrations.byStatus.waitlisted).toBe(before.registrations.byStatus.waitlisted + 1);
  });
});
