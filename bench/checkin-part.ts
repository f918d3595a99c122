/** Part 10: check-in latency under 20 concurrent scanners, from bench/checkin/checkin-latency.ts, in a child process (child-part.ts says why). */
import type { CheckInBenchRow } from './checkin/checkin-latency';
import { runPartInChild } from './child-part';

export type CheckInResults = { rows: CheckInBenchRow[] } | { skipped: string };

export async function checkInPart(): Promise<CheckInResults> {
  const outcome = await runPartInChild<{ rows: CheckInBenchRow[] }>('./checkin/checkin-latency', 'runCheckInBenchmark', 'run it on its own with `npx tsx bench/checkin/checkin-latency.ts`');
  return 'skipped' in outcome ? outcome : { rows: outcome.result.rows };
}
