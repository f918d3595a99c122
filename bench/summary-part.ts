/**
 * Part 7: the organiser summary's cost, from bench/summary/summary-cost.ts (owned and run on its
 * own elsewhere). It runs in a child process: it starts its own DynamoDB Local and points the
 * functions' modules at it through process.env, which this process has already read for good by
 * then (runtimeConfig() and dynamo() are parsed and built once per process).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type SummaryModule = { runSummaryCostBenchmark?: () => Promise<{ rows: Record<string, unknown>[] }> };
type ChildAnswer = { rows: Record<string, unknown>[] } | { error: string };

export type SummaryResults = { rows: Record<string, unknown>[] } | { skipped: string };

const childFlag = '--summary-cost-child';
const timeoutMs = 10 * 60_000;
const howToRun = 'run it on its own with `npx tsx bench/summary/summary-cost.ts`';

export function summaryPart(): Promise<SummaryResults> {
  return new Promise((resolve) => {
    let answer: ChildAnswer = { error: 'the child process gave no answer' };
    // Inherits this process's execArgv, that is tsx's loader.
    const child = fork(fileURLToPath(import.meta.url), [childFlag], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const stopChild = () => child.kill('SIGTERM');
    const timer = setTimeout(() => {
      answer = { error: `no answer within ${timeoutMs / 60_000} min` };
      stopChild();
    }, timeoutMs);
    process.once('exit', stopChild);
    child.on('message', (message) => (answer = message as ChildAnswer));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('exit', stopChild);
      if ('rows' in answer) resolve({ rows: answer.rows });
      else resolve({ skipped: `summary benchmark not run (${answer.error}; exit ${code ?? signal}): ${howToRun}` });
    });
  });
}

/** In the child: run the benchmark and send its rows (or why not) to the parent. */
async function runInChild(): Promise<void> {
  // Let the 'exit' handlers run (they kill DynamoDB Local's Java process) on a kill or Ctrl-C.
  process.once('SIGTERM', () => process.exit(143));
  process.once('SIGINT', () => process.exit(130));
  let answer: ChildAnswer;
  try {
    const module = (await import('./summary/summary-cost')) as unknown as SummaryModule;
    answer =
      typeof module.runSummaryCostBenchmark === 'function'
        ? { rows: (await module.runSummaryCostBenchmark()).rows }
        : { error: 'bench/summary/summary-cost.ts does not export runSummaryCostBenchmark' };
  } catch (error) {
    answer = { error: (error as Error).message };
  }
  process.send!(answer, () => process.exit(0));
}

if (process.argv.includes(childFlag) && process.send) void runInChild();
