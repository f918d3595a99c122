/** Part 12: the console dashboard's read cost against the summary's, from bench/summary/dashboard-cost.ts, in a child process (child-part.ts says why). */
import { runPartInChild } from './child-part';
import type { DashboardCostRow } from './summary/dashboard-cost';

export type DashboardResults = { rows: DashboardCostRow[]; recountMs: number[] } | { skipped: string };

export async function dashboardPart(): Promise<DashboardResults> {
  const outcome = await runPartInChild<{ rows: DashboardCostRow[]; recountMs: number[] }>('./summary/dashboard-cost', 'runDashboardCostBenchmark', 'run it on its own with `npx tsx bench/summary/dashboard-cost.ts`');
  return 'skipped' in outcome ? outcome : outcome.result;
}
