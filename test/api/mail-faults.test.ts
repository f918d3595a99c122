import { SendEmailCommand, SESv2Client, type SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redriveDeadLetters } from '../../shared/confirmations/redrive';
import { readDashboard } from '../../shared/organisers/read-dashboard';
import { organiserKey } from '../organisers/admin-support';
import { bearer, register } from '../support/registrations';
import { confirmationsOf } from '../support/table-reads';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

// The local SES cannot fail on demand: the SDK is mocked only to inject faults, and every call
// that is allowed through goes to the real local SES.
const realSend = SESv2Client.prototype.send;
const ses = mockClient(SESv2Client);
let app: TestApp;
let realClient: SESv2Client;
const event = testEvent();
const otherEvent = testEvent();

function awsError(name: string, status: number): Error {
  return Object.assign(new Error(`${name} injected by the test`), { name, $metadata: { httpStatusCode: status } });
}

const rawOf = (input: SendEmailCommandInput) => Buffer.from(input.Content!.Raw!.Data!).toString('utf8');
const passThrough = (input: SendEmailCommandInput) =>
  (realSend as unknown as (command: SendEmailCommand) => Promise<unknown>).call(realClient, new SendEmailCommand(input));

beforeAll(async () => {
  app = await startTestApp([event, otherEvent], { MAIL_MAX_ATTEMPTS: '4', SES_CLIENT_MAX_ATTEMPTS: '1' });
  realClient = new SESv2Client({});
});
afterAll(async () => {
  ses.restore();
  await app.stop();
});

describe('when SES fails', () => {
  it('retries through throttling and errors and delivers every confirmation exactly once', async () => {
    let calls = 0;
    ses.on(SendEmailCommand).callsFake((input: SendEmailCommandInput) => {
      calls += 1;
      if (calls <= 3) throw awsError('TooManyRequestsException', 429);
      if (calls <= 6) throw awsError('InternalFailure', 500);
      return passThrough(input);
    });
    const people = await Promise.all([0, 1, 2, 3].map(() => register(app, event.id)));
    await app.drainStreams();
    for (const person of people) expect(await app.mailTo(person.body.email as string)).toHaveLength(1);
    const records = (await confirmationsOf(app, event.id)).filter((record) => people.some((person) => person.json.registrationId === record.subjectId));
    expect(records.map((record) => record.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(calls).toBeGreaterThan(6);
  });

  it('dead-letters a confirmation that keeps failing, and the re-drive delivers it', async () => {
    const unlucky = `unlucky-${Date.now()}@example.org`;
    let failing = true;
    ses.on(SendEmailCommand).callsFake((input: SendEmailCommandInput) => {
      if (failing && rawOf(input).includes(unlucky)) throw awsError('InternalFailure', 500);
      return passThrough(input);
    });
    const { json } = await register(app, event.id, { email: unlucky });
    await app.drainStreams();
    expect(await app.mailTo(unlucky)).toHaveLength(0);
    const [dead] = (await confirmationsOf(app, event.id)).filter((record) => record.subjectId === json.registrationId);
    expect(dead).toMatchObject({ status: 'failed', attempts: 4, gsi2pk: 'DEADLETTER', lastError: expect.stringContaining('InternalFailure') });
    // The dashboard counts the dead letter in the same write, and gives it back on re-drive.
    expect((await readDashboard(event.id)).emails.failed).toBe(1);

    failing = false;
    const { requeued } = await redriveDeadLetters();
    expect(requeued).toContain(dead!.confirmationId);
    expect((await readDashboard(event.id)).emails.failed).toBe(0);
    await app.drainStreams();
    expect(await app.mailTo(unlucky)).toHaveLength(1);
    const [delivered] = (await confirmationsOf(app, event.id)).filter((record) => record.subjectId === json.registrationId);
    expect(delivered).toMatchObject({ status: 'sent', sesMessageId: expect.any(String) });
    expect(delivered!.gsi2pk).toBeUndefined();
  });

  it("re-drives one event's dead letters from the console route, and leaves the other events' alone", async () => {
    const unlucky = [`unlucky-a-${Date.now()}@example.org`, `unlucky-b-${Date.now()}@example.org`];
    let failing = true;
    ses.on(SendEmailCommand).callsFake((input: SendEmailCommandInput) => {
      if (failing && unlucky.some((address) => rawOf(input).includes(address))) throw awsError('InternalFailure', 500);
      return passThrough(input);
    });
    const own = await register(app, event.id, { email: unlucky[0] });
    const other = await register(app, otherEvent.id, { email: unlucky[1] });
    await app.drainStreams();
    failing = false;
    const redriven = await app.request('POST', `/admin/events/${event.id}/confirmations/redrive`, { headers: bearer(await organiserKey(event.id)) });
    expect(redriven.status).toBe(200);
    const [ownDead] = (await confirmationsOf(app, event.id)).filter((record) => record.subjectId === own.json.registrationId);
    expect((await jsonOf(redriven)).requeued).toEqual([ownDead!.confirmationId]);
    await app.drainStreams();
    expect(await app.mailTo(unlucky[0]!)).toHaveLength(1);
    expect(await app.mailTo(unlucky[1]!)).toHaveLength(0);
    const [otherDead] = (await confirmationsOf(app, otherEvent.id)).filter((record) => record.subjectId === other.json.registrationId);
    expect(otherDead).toMatchObject({ status: 'failed', gsi2pk: 'DEADLETTER' });
    await redriveDeadLetters({ eventId: otherEvent.id });
  });

  it('dead-letters at once what SES rejects for good', async () => {
    const rejected = `rejected-${Date.now()}@example.org`;
    ses.on(SendEmailCommand).callsFake((input: SendEmailCommandInput) => {
      if (rawOf(input).includes(rejected)) throw awsError('MessageRejected', 400);
      return passThrough(input);
    });
    const { json } = await register(app, event.id, { email: rejected });
    await app.drainStreams();
    const [dead] = (await confirmationsOf(app, event.id)).filter((record) => record.subjectId === json.registrationId);
    expect(dead).toMatchObject({ status: 'failed', attempts: 1 });
  });
});
