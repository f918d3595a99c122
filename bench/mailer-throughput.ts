/**
 * Part 4: mailer throughput. Registrations are made through the API while no stream poller runs,
 * so their confirmation records wait in the Confirmations stream; then the local app starts (its
 * poller reads the stream from TRIM_HORIZON and hands batches to functions/send-confirmations.ts)
 * and the time until `drainStreams()` resolves is the time to mail them all to the local SES.
 * A first, smaller round warms the mailer (module load, templates, SES connection) untimed.
 */
import type { LocalAppOptions } from '../local/local-app';
import { streamWorkers } from '../shared/workers/index';
import { cpuSince, cpuTime } from './cpu';
import { withApiOnly, withLocalApp } from './local-services';
import { registrationIdsOf, runLoad } from './registration-load';
import { nowMs } from './stats';
import { recordDynamoDbActivity } from './write-capacity';

export interface MailerOptions {
  appOptions: LocalAppOptions;
  sesEndpoint: string;
  eventId: string;
  emails: number;
  warmupEmails: number;
  concurrency: number;
}

export interface MailerFigures {
  emails: number;
  drainSeconds: number;
  emailsPerSecond: number;
  /** CPU ms per email: this process (mailer handler, poller, local SES) and DynamoDB Local. */
  cpuPerEmailMs: { node: number; dynamodbLocal: number };
  /** DynamoDB calls of the mailer per email, by command (the poller's own stream reads excluded). */
  callsPerEmail: Record<string, number>;
  /** Emails the local SES holds from the timed round (should equal `emails`). */
  delivered: number;
  deadLettered: number;
}

async function storedEmailCount(sesEndpoint: string): Promise<number> {
  const response = await fetch(`${sesEndpoint}/store`);
  const { emails } = (await response.json()) as { emails: unknown[] };
  return emails.length;
}

/** Makes `count` registrations, hence `count` pending confirmations, with no poller running. */
async function queueConfirmations(options: MailerOptions, count: number): Promise<void> {
  const run = await withApiOnly((apiUrl) => runLoad(apiUrl, options.eventId, count, options.concurrency));
  const created = registrationIdsOf(run).length;
  if (created !== count) throw new Error(`mailer benchmark: ${created} of ${count} registrations succeeded`);
}

/** Starts the local app and times how long its stream poller takes to deliver the backlog. */
async function timeDrain(options: MailerOptions) {
  // The mailer's poller alone: the recommendations worker would otherwise drain the registrations
  // stream at the same time and its DynamoDB calls would be counted as the mailer's.
  const mailer = streamWorkers.filter((worker) => worker.sendsEmail).map((worker) => worker.id);
  return withLocalApp({ ...options.appOptions, streamWorkerIds: mailer }, async (app) => {
    const started = nowMs();
    const cpuAtStart = cpuTime();
    const { recording } = await recordDynamoDbActivity(() => app.drainStreams());
    const seconds = (nowMs() - started) / 1000;
    return { seconds, cpu: cpuSince(cpuAtStart), calls: recording.calls, deadLettered: app.deadLetters.length };
  });
}

export async function measureMailer(options: MailerOptions): Promise<MailerFigures> {
  await queueConfirmations(options, options.warmupEmails);
  await timeDrain(options);
  const before = await storedEmailCount(options.sesEndpoint);
  await queueConfirmations(options, options.emails);
  const { seconds, cpu, calls, deadLettered } = await timeDrain(options);
  const delivered = (await storedEmailCount(options.sesEndpoint)) - before;
  return {
    emails: options.emails,
    drainSeconds: seconds,
    emailsPerSecond: options.emails / seconds,
    cpuPerEmailMs: { node: cpu.selfMs / options.emails, dynamodbLocal: cpu.childrenMs / options.emails },
    callsPerEmail: Object.fromEntries(Object.entries(calls).map(([command, count]) => [command, count / options.emails])),
    delivered,
    deadLettered,
  };
}
