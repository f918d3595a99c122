/** Part 7: the organiser summary's cost, from bench/summary/summary-cost.ts, in a child process (child-part.ts says why). */
import { runPartInChild } from './child-part';

export type SummaryResults = { rows: Record<string, unknown>[] } | { skipped: string };

export async function summaryPart(): Promise<SummaryResults> {
  const outcome = await runPartInChild<{ rows: Record<string, unknown>[] }>('./summary/summary-cost', 'runSummaryCostBenchmark', 'run it on its own with `npx tsx bench/summary/summary-cost.ts`');
  return 'skipped' in outcome ? outcome : { rows: outcome.result.rows };
}
