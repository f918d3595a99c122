import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverConfirmation } from '../../shared/confirmations/deliver-confirmation';
import { streamWorkers } from '../../shared/workers/index';
import { askMeeting, registerPeople } from '../support/meetings';
import { bearer } from '../support/registrations';
import { confirmationsOf } from '../support/table-reads';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/**
 * Erasure while the mailer is behind (an SES outage, a backlog): a meeting request of the erased person
 * whose email has not left yet. The app runs every stream worker but the mailer, so emails wait as
 * `pending`, and each is then handed to the mailer's own delivery, as the stream would.
 */
const event = testEvent({ capacity: 20 });
const slot = event.meetings.slots[0]!.id;
let app: TestApp;

beforeAll(async () => {
  const withoutMailer = streamWorkers.map((worker) => worker.id).filter((id) => id !== 'sendConfirmations');
  app = await startTestApp([event], {}, { streamWorkerIds: withoutMailer });
}, 120_000);
afterAll(() => app?.stop());

type Email = { confirmationId: string; createdAt: string; subjectId: string; status: string; message: { kind: string; recipient: { email: string } } };
const emails = async () => (await confirmationsOf(app, event.id)) as unknown as Email[];
const about = async (meetingRequestId: string) => (await emails()).filter((email) => email.subjectId === meetingRequestId);
const deliverAll = async (list: Email[]) => Promise.all(list.map((email) => deliverConfirmation(email.confirmationId, email.createdAt)));

describe('erasure with a request of theirs still unsent', () => {
  it('sends neither the request (no "Reply" to a withdrawn request) nor its withdrawal; a request already sent gets its withdrawal', async () => {
    const [erin, unsentTo, sentTo] = await registerPeople(app, event.id, 3);
    const unsent = await jsonOf(await askMeeting(app, event.id, erin!, unsentTo!, [slot]));
    const sent = await jsonOf(await askMeeting(app, event.id, erin!, sentTo!, [slot]));
    expect(await deliverAll(await about(sent.meetingRequestId))).toEqual(['sent']);

    expect((await app.request('DELETE', `/registrations/${erin!.registrationId}?erase=true`, { headers: bearer(erin!.manageToken) })).status).toBe(200);
    await app.drainStreams();

    const unsentEmails = await about(unsent.meetingRequestId);
    expect(unsentEmails.map((email) => email.message.kind).sort()).toEqual(['meeting-cancelled', 'meeting-requested']);
    expect(await deliverAll(unsentEmails)).toEqual(['skipped', 'skipped']);
    expect((await about(unsent.meetingRequestId)).map((email) => email.status)).toEqual(['erased', 'erased']);

    const sentEmails = await about(sent.meetingRequestId);
    const withdrawal = sentEmails.find((email) => email.message.kind === 'meeting-cancelled')!;
    expect(await deliverAll([withdrawal])).toEqual(['sent']);
    expect((await about(sent.meetingRequestId)).map((email) => email.status).sort()).toEqual(['sent', 'sent']);
    expect(withdrawal.message.recipient.email).toBe(sentTo!.email);
  });
});
