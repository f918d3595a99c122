import { appendFileSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { ticksByKind, ticksPerSecond, type Kind } from './process-tree-cpu';

/**
 * A measuring aid (docs/testing.md, "Where the CPU goes"), loaded before every test file only when a run
 * asks for it (`TEST_CPU_REPORT=<file>`, `vitest.config.ts`): appends one line per file with the
 * CPU-seconds the run's process tree spent while the file ran, by kind of process, and, with
 * `DYNAMODB_REQUEST_COUNT` too, DynamoDB Local's requests. Run with one worker (`--maxWorkers=1`) so
 * that everything the tree did in that span was this file's doing.
 */

type RequestCounts = Record<string, { requests: number }>;

/** The counting proxy's figures so far; a second try when a kept-alive connection it had closed was reused (EPIPE). */
async function requestCounts(attempt = 1): Promise<RequestCounts> {
  if (!process.env.DYNAMODB_REQUEST_COUNT) return {};
  try {
    return (await (await fetch(`${inject('dynamodbEndpoint')}/__counts`)).json()) as RequestCounts;
  } catch (error) {
    if (attempt >= 3) throw error;
    return requestCounts(attempt + 1);
  }
}

const reportFile = process.env.TEST_CPU_REPORT!;
const startedAt = performance.now();
const before = ticksByKind();
const requestsBefore = await requestCounts();

// vitest reads the first parameter as a fixture list: it must be a destructuring pattern.
afterAll(async ({}, suite) => {
  const file = 'filepath' in suite ? suite.filepath : suite.file.filepath;
  const after = ticksByKind();
  const requestsAfter = await requestCounts();
  const cpuSeconds = Object.fromEntries(Object.entries(after).map(([kind, ticks]) => [kind, (ticks - before[kind as Kind]) / ticksPerSecond]));
  const total = Object.values(cpuSeconds).reduce((sum, seconds) => sum + seconds, 0);
  const requests = Object.fromEntries(
    Object.entries(requestsAfter)
      .map(([operation, { requests }]) => [operation, requests - (requestsBefore[operation]?.requests ?? 0)] as const)
      .filter(([, count]) => count > 0),
  );
  const line = { file: file.replace(`${process.cwd()}/`, ''), wallSeconds: (performance.now() - startedAt) / 1000, cpuSeconds: { total, ...cpuSeconds }, requests };
  appendFileSync(reportFile, `${JSON.stringify(line)}\n`);
});
