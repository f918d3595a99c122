/**
 * Part 5 (on by default, `--skip-scheduling` omits it): the B2B scheduling benchmark of bench/scheduling/
 * with its full budget (5 s per instance, seeds 1-3, the 20 s scale test), about 6 minutes.
 */
import type { BenchResults } from './report';

type SchedulingModule = { runSchedulingBenchmark?: (options: Record<string, unknown>) => Promise<unknown> };

const howToRun =
  'skipped with --skip-scheduling; run it on its own with `npx tsx bench/scheduling/run-benchmark.ts`';

/** The acceptance budget: 5 s per instance, seeds 1, 2, 3, the 20 s scale test; its log lines go into the report. */
const fullBudget = { seconds: 5, seeds: [1, 2, 3], scaleSeconds: 20 };

export async function schedulingPart(enabled: boolean): Promise<BenchResults['scheduling']> {
  if (!enabled) return { skipped: howToRun };
  try {
    const module = (await import('./scheduling/run-benchmark')) as unknown as SchedulingModule;
    if (typeof module.runSchedulingBenchmark !== 'function') {
      return { skipped: 'bench/scheduling/run-benchmark.ts does not export runSchedulingBenchmark' };
    }
    const lines: string[] = [];
    const result = await module.runSchedulingBenchmark({ ...fullBudget, log: (line: string) => lines.push(line) });
    return { lines, result };
  } catch (error) {
    return { skipped: `scheduling benchmark not run: ${(error as Error).message}` };
  }
}
