/**
 * Runs a benchmark part in a child process. Parts that start their own DynamoDB Local point the
 * functions' modules at it through process.env, which this process has already read for good by
 * then (runtimeConfig() and dynamo() are parsed and built once per process).
 *
 * The child is this file itself, run with `--bench-child-part <module> <export>`: it imports the
 * module (relative to bench/), awaits the exported function and sends back its result.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

type ChildAnswer = { result: unknown } | { error: string };

const childFlag = '--bench-child-part';
const timeoutMs = 10 * 60_000;

/** The part's result, or why there is none (with how to run it on its own). */
export function runPartInChild<T>(modulePath: string, exportName: string, howToRun: string): Promise<{ result: T } | { skipped: string }> {
  return new Promise((resolve) => {
    let answer: ChildAnswer = { error: 'the child process gave no answer' };
    // Inherits this process's execArgv, that is tsx's loader.
    const child = fork(fileURLToPath(import.meta.url), [childFlag, modulePath, exportName], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
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
      if ('result' in answer) resolve({ result: answer.result as T });
      else resolve({ skipped: `${modulePath} not run (${answer.error}; exit ${code ?? signal}): ${howToRun}` });
    });
  });
}

/** In the child: run the part and send its result (or why not) to the parent. */
async function runInChild(modulePath: string, exportName: string): Promise<void> {
  // Let the 'exit' handlers run (they kill DynamoDB Local's Java process) on a kill or Ctrl-C.
  process.once('SIGTERM', () => process.exit(143));
  process.once('SIGINT', () => process.exit(130));
  let answer: ChildAnswer;
  try {
    const part = ((await import(modulePath)) as Record<string, unknown>)[exportName];
    answer = typeof part === 'function' ? { result: await (part as () => Promise<unknown>)() } : { error: `${modulePath} does not export ${exportName}` };
  } catch (error) {
    answer = { error: (error as Error).message };
  }
  process.send!(answer, () => process.exit(0));
}

const flagAt = process.argv.indexOf(childFlag);
if (flagAt !== -1 && process.send) void runInChild(process.argv[flagAt + 1]!, process.argv[flagAt + 2]!);
