/**
 * Part 5 (opt-in, `--with-scheduling`): the B2B scheduling benchmark of bench/scheduling/ (owned
 * and run on its own elsewhere), here with a short budget so that `npm run bench` stays short.
 */
import type { BenchResults } from './report';

type SchedulingModule = { runSchedulingBenchmark?: (options: Record<string, unknown>) => Promise<unknown> };

const howToRun =
  'skipped by default; include it with `npm run bench -- --with-scheduling` (1 s per instance, 1 seed), ' +
  'or run it in full with `npx tsx bench/scheduling/run-benchmark.ts`';

/** 1 s per instance, one seed, a 5 s scale test; its log lines go into the report. */
const shortBudget = { seconds: 1, seeds: [1], scaleSeconds: 5 };

export async function schedulingPart(enabled: boolean): Promise<BenchResults['scheduling']> {
  if (!enabled) return { skipped: howToRun };
  try {
    const module = (await import('./scheduling/run-benchmark')) as unknown as SchedulingModule;
    if (typeof module.runSchedulingBenchmark !== 'function') {
      return { skipped: 'bench/scheduling/run-benchmark.ts does not export runSchedulingBenchmark' };
    }
    const lines: string[] = [];
    const result = await module.runSchedulingBenchmark({ ...shortBudget, log: (line: string) => lines.push(line) });
    return { lines, result };
  } catch (error) {
    return { skipped: `scheduling benchmark not run: ${(error as Error).message}` };
  }
}
