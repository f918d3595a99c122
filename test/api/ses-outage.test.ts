import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConfirmationRecord } from '../../shared/confirmations/confirmation-record';
import { redriveDeadLetters } from '../../shared/confirmations/redrive';
import type { SweepResult } from '../../shared/confirmations/sweep';
import { freePort } from '../../local/ports';
import { startSesLocal, type RunningSesLocal } from '../../local/ses-local';
import { register } from '../support/registrations';
import { confirmationsOf } from '../support/table-reads';
import { startTestApp, type StoredEmail, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/**
 * Issue 19's fault test with a real outage, not a mocked error: the mailer's SES is a local SES on
 * a port where nothing listens during a burst of registrations (connection refused, as when SES or
 * the network is down), then it starts. Afterwards every confirmation must have left exactly once,
 * through the paths docs/emails.md ("SES outage") documents: the stream's retries, the dead letter
 * and `npm run redrive`, the sweeper for whatever the stream left behind (here nothing: the stream
 * retries more often than MAIL_MAX_ATTEMPTS; test/api/email-sweeper.test.ts covers that path).
 */
const people = 10;
const event = testEvent({ capacity: 1_000 });
let app: TestApp;
let sesPort: number;
let ses: RunningSesLocal | undefined;

beforeAll(async () => {
  sesPort = await freePort();
  // Three attempts, one SES call each: an email dead-letters after three refused connections.
  app = await startTestApp([event], { AWS_ENDPOINT_URL_SESV2: `http://127.0.0.1:${sesPort}`, MAIL_MAX_ATTEMPTS: '3', SES_CLIENT_MAX_ATTEMPTS: '1' });
});
afterAll(async () => {
  await app?.stop();
  await ses?.stop();
});

const recordsOf = async (registrationIds: Set<string>) =>
  ((await confirmationsOf(app, event.id)) as unknown as ConfirmationRecord[]).filter((record) => registrationIds.has(record.subjectId));

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The sweeper, imported after startTestApp: the mailer reads MAIL_MAX_ATTEMPTS when its module loads. */
async function sweepLater(): Promise<SweepResult> {
  const { staleAfterMinutes, sweepStaleConfirmations } = await import('../../shared/confirmations/sweep');
  return sweepStaleConfirmations({ now: new Date(Date.now() + (staleAfterMinutes + 1) * 60_000) });
}

const mailOf = async (endpoint: string) => ((await (await fetch(`${endpoint}/store`)).json()) as { emails: StoredEmail[] }).emails;

it(`delivers each of ${people} confirmations queued during an SES outage exactly once, through the stream's retries and the dead letter with its redrive, nothing left for the sweeper`, async () => {
  const registered = await Promise.all(Array.from({ length: people }, () => register(app, event.id)));
  expect(registered.map(({ response }) => response.status)).toEqual(Array(people).fill(201));
  const ids = new Set(registered.map(({ json }) => json.registrationId));

  // The outage lasts until two emails have spent their attempts (dead letter) and a third is being
  // retried, so the run goes through every path: some emails die, the one being retried gets
  // through, the rest leave at their first try.
  await waitFor(async () => {
    const records = await recordsOf(ids);
    return records.filter((record) => record.status === 'failed').length >= 2 && records.some((record) => record.status === 'retrying');
  }, 60_000);
  ses = await startSesLocal({ port: sesPort });
  await app.drainStreams();

  const afterOutage = await recordsOf(ids);
  const deadLettered = afterOutage.filter((record) => record.status === 'failed');
  const retriedThenSent = afterOutage.filter((record) => record.status === 'sent' && record.attempts > 0);
  const left = afterOutage.filter((record) => record.status !== 'sent' && record.status !== 'failed');

  // The documented steps: the sweeper (on its schedule; here its clock is moved past the stale
  // age), then `npm run redrive` for the dead letters.
  const swept = await sweepLater();
  const { requeued } = await redriveDeadLetters();
  await app.drainStreams();

  const final = await recordsOf(ids);
  expect(final).toHaveLength(people);
  expect(final.map((record) => record.status)).toEqual(Array(people).fill('sent'));
  expect(requeued.sort()).toEqual(deadLettered.map((record) => record.confirmationId).sort());
  const emails = await mailOf(ses.endpoint);
  const lost = registered.filter(({ body }) => !emails.some((email) => email.destination.to.some((to) => to.includes(body.email as string))));
  const perAddress = registered.map(({ body }) => emails.filter((email) => email.destination.to.some((to) => to.includes(body.email as string))).length);
  expect(lost).toEqual([]);
  expect(perAddress).toEqual(Array(people).fill(1));
  expect(emails).toHaveLength(people);

  // A later sweep or redrive sends nothing again.
  const again = await sweepLater();
  expect(again.outcomes.sent + (await redriveDeadLetters()).requeued.length).toBe(0);
  await app.drainStreams();
  expect(await mailOf(ses.endpoint)).toHaveLength(people);

  console.log(
    `SES outage: ${people} confirmations queued; retried and sent by the stream ${retriedThenSent.length}; ` +
      `dead-lettered ${deadLettered.length}, re-driven ${requeued.length}; left for the sweeper ${left.length}, ` +
      `swept and sent ${swept.outcomes.sent}; stream records given up ${app.deadLetters.length}; lost 0, duplicated 0.`,
  );
}, 120_000);
