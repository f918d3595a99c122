/**
 * Publishing, timed as the organiser sees it: POST publish, then GET every 250 ms until the run is
 * `published`; then the wait until the mailer has sent every agenda email (the stream pollers
 * drained). The mailer runs all along: it sends the first agendas while the publisher still records
 * the last ones.
 */
import { cpuSince, cpuTime, type CpuTime } from '../cpu';
import { median, nowMs } from '../stats';
import type { RunBody, ScheduleAdmin } from './admin-client';

export interface PublishTiming {
  /** From sending POST publish to the first GET that read `published`. */
  wallMs: number;
  /** publishedAt − publishRequestedAt, as the run records them (no polling granularity). */
  recordedMs: number;
  /**
   * publishRequestedAt → the publisher's progress report with every placement settled (server clock);
   * the rest of `recordedMs` is the agenda emails being recorded. Undefined if no poll saw that report.
   */
  bookingMs?: number;
  polls: number;
  pollMedianMs: number;
  /** From `published` to the pollers drained (every agenda email handed to SES). */
  mailAfterPublishedMs: number;
  /** From sending POST publish to the pollers drained. */
  publishToMailedMs: number;
  cpu: CpuTime;
  final: RunBody;
}

const pollEveryMs = 250;
const giveUpAfterMs = 10 * 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** While publishing, the progress item is written after each slot: all settled = the booking phase is over. */
const allSettled = (body: RunBody) => body.status === 'publishing' && body.progress !== undefined && body.progress.placed + body.progress.conflicts >= body.progress.total;

async function pollUntilPublished(admin: ScheduleAdmin, runId: string, started: number) {
  const pollMs: number[] = [];
  let bookedAt: string | undefined;
  for (;;) {
    if (nowMs() - started > giveUpAfterMs) throw new Error(`Run ${runId} not published after ${giveUpAfterMs / 1000} s`);
    await sleep(pollEveryMs);
    const { body, ms } = await admin.progress(runId);
    pollMs.push(ms);
    if (allSettled(body)) bookedAt ??= body.progress!.updatedAt;
    if (body.status === 'published') return { final: (await admin.run(runId)).body, pollMs, bookedAt };
  }
}

export async function timedPublish(admin: ScheduleAdmin, runId: string, drainStreams: () => Promise<void>): Promise<PublishTiming> {
  const cpuAtStart = cpuTime();
  const started = nowMs();
  const accepted = await admin.publish(runId);
  if (accepted.status !== 202) throw new Error(`publish answered ${accepted.status}, expected 202`);
  const { final, pollMs, bookedAt } = await pollUntilPublished(admin, runId, started);
  const publishedAt = nowMs();
  await drainStreams();
  const mailedAt = nowMs();
  return {
    wallMs: publishedAt - started,
    recordedMs: Date.parse(final.publishedAt!) - Date.parse(final.publishRequestedAt!),
    ...(bookedAt ? { bookingMs: Date.parse(bookedAt) - Date.parse(final.publishRequestedAt!) } : {}),
    polls: pollMs.length,
    pollMedianMs: median(pollMs),
    mailAfterPublishedMs: mailedAt - publishedAt,
    publishToMailedMs: mailedAt - started,
    cpu: cpuSince(cpuAtStart),
    final,
  };
}
