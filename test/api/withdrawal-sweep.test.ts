import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dynamo } from '../../shared/storage/dynamo-client';
import { askMeeting, meetingAction, registerPeople } from '../support/meetings';
import { bearer } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/*
 * Cancelling a registration cancels its meetings after the cancellation commits (audit of issue 4).
 * When that sweep failed (or the function died), the cancellation stood and the meetings did not: the
 * counterpart kept a confirmed meeting, its table and slot, with someone who had left, unless the
 * leaver happened to cancel again. The Registrations stream worker now finishes the sweep, as it
 * finishes an erasure.
 */
const event = testEvent({ capacity: 500 });
const slots = event.meetings.slots.map((slot) => slot.id);
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

const isMeetingCancellation = (command: unknown) => command instanceof TransactWriteCommand && JSON.stringify(command.input).includes('cancelledFrom');

describe('a cancellation whose meeting sweep fails', () => {
  it('has its meetings cancelled by the stream worker, the counterparts told, the slot freed', async () => {
    const [leaver, partner, asker] = await registerPeople(app, event.id, 3, { language: 'en' });
    const confirmed = await jsonOf(await askMeeting(app, event.id, leaver!, partner!, [slots[0]!]));
    expect((await meetingAction(app, partner!, confirmed.meetingRequestId, 'accept', { slotId: slots[0] })).status).toBe(200);
    const pending = await jsonOf(await askMeeting(app, event.id, asker!, leaver!, [slots[1]!]));
    await app.drainStreams();

    // The database fails every meeting cancellation of the request (its handler runs in this process).
    const client = dynamo();
    const send = client.send.bind(client);
    const failing = vi.spyOn(client, 'send').mockImplementation(((command: unknown, ...rest: unknown[]) =>
      isMeetingCancellation(command)
        ? Promise.reject(Object.assign(new Error('Internal server error'), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 }, $fault: 'server' }))
        : (send as (...args: unknown[]) => unknown)(command, ...rest)) as typeof client.send);
    const cancelled = await app.request('DELETE', `/registrations/${leaver!.registrationId}`, { headers: bearer(leaver!.manageToken) });
    failing.mockRestore();
    // The cancellation committed, so it is answered as done (a 5xx would have the attendee retry a done thing).
    expect(cancelled.status).toBe(200);
    const meetingOf = async (id: string, person: typeof partner) => jsonOf(await app.request('GET', `/meeting-requests/${id}`, { headers: bearer(person!.manageToken) }));
    // The cancellation itself committed; the meetings are still open here.
    expect((await jsonOf(await app.request('GET', `/registrations/${leaver!.registrationId}`, { headers: bearer(leaver!.manageToken) }))).status).toBe('cancelled');
    expect((await meetingOf(confirmed.meetingRequestId, partner)).status).toBe('confirmed');

    await app.drainStreams();
    expect((await meetingOf(confirmed.meetingRequestId, partner)).status).toBe('cancelled');
    expect((await meetingOf(pending.meetingRequestId, asker)).status).toBe('cancelled');
    const agenda = await jsonOf(await app.request('GET', `/registrations/${partner!.registrationId}/agenda`, { headers: bearer(partner!.manageToken) }));
    expect(agenda.entries.filter((entry: { kind: string }) => entry.kind === 'meeting')).toEqual([]);
    const partnerMails = await app.mailTo(partner!.email);
    expect(partnerMails.filter((mail) => mail.attachments.some((file) => Buffer.from(file.content, 'base64').toString().includes('METHOD:CANCEL')))).toHaveLength(1);
    expect((await app.mailTo(asker!.email)).some((mail) => /withdrawn/i.test(mail.subject))).toBe(true);
    // The slot is free again for the partner.
    const [other] = await registerPeople(app, event.id, 1);
    const again = await jsonOf(await askMeeting(app, event.id, other!, partner!, [slots[0]!]));
    expect((await meetingAction(app, partner!, again.meetingRequestId, 'accept', { slotId: slots[0] })).status).toBe(200);
  });
});
