import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortFree, freePort } from '../../local/ports';

/**
 * Issue 19: the local runner supervises DynamoDB Local. Each test starts the real `npm start`
 * script (tsx local/start.ts, in its own process group, on free ports), kills one of its
 * processes with SIGKILL and checks with `ps` what is left.
 */
const root = path.resolve(import.meta.dirname, '../..');

interface Started {
  launcher: ChildProcess;
  ports: Record<'PORT' | 'WEB_PORT' | 'SES_PORT' | 'DYNAMODB_PORT', number>;
  output: () => string;
}

let running: Started | undefined;

interface ProcessRow {
  pid: number;
  ppid: number;
  pgid: number;
  args: string;
}

function processes(): ProcessRow[] {
  return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,pgid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, ppid, pgid, ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), args: args.join(' ') };
    });
}

/** The DynamoDB Local of this run, wherever it ended up (an orphan is re-parented, not regrouped). */
const javaOf = (started: Started) => processes().filter((row) => row.args.startsWith('java ') && row.args.includes(`-port ${started.ports.DYNAMODB_PORT}`));
const runnerOf = (started: Started) => processes().find((row) => row.ppid === started.launcher.pid && row.args.includes('local/start.ts'));

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms\n${running?.output() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function startNpmStart(): Promise<Started> {
  const ports = { PORT: await freePort(), WEB_PORT: await freePort(), SES_PORT: await freePort(), DYNAMODB_PORT: await freePort() };
  const environment = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)]));
  // `npm start` runs `tsx local/start.ts`; tsx stands for npm here as the launcher of the runner.
  const launcher = spawn(path.join(root, 'node_modules/.bin/tsx'), ['local/start.ts'], { cwd: root, env: { ...process.env, ...environment }, detached: true });
  let output = '';
  launcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  running = { launcher, ports, output: () => output };
  await waitFor('npm start ready', () => output.includes('Rendezvous is running locally'), 150_000);
  return running;
}

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** Nothing of the run is left: no process in its group, no Java on its port, every port free again. */
async function expectNothingLeft(started: Started): Promise<void> {
  await waitFor('the processes of npm start to end', () => !processes().some((row) => row.pgid === started.launcher.pid) && javaOf(started).length === 0, 20_000);
  for (const [name, port] of Object.entries(started.ports)) await assertPortFree(port, name, name);
}

afterEach(() => {
  // Whatever a failed test left: the group, and a Java process re-parented out of it.
  if (!running) return;
  for (const row of [...processes().filter((row) => row.pgid === running!.launcher.pid), ...javaOf(running)]) {
    try {
      process.kill(row.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running = undefined;
});

describe('npm start and DynamoDB Local', () => {
  it('says so and exits with code 1 when DynamoDB Local dies', async () => {
    const started = await startNpmStart();
    const [java] = javaOf(started);
    expect(java).toBeDefined();
    process.kill(java!.pid, 'SIGKILL');
    expect(await exitOf(started.launcher)).toBe(1);
    expect(started.output()).toMatch(/DynamoDB Local \(Java\) stopped on its own \(.*\); its data was in memory and is gone/);
    await expectNothingLeft(started);
  }, 240_000);

  it('leaves no Java process behind when the runner (the parent of Java) is killed with SIGKILL', async () => {
    const started = await startNpmStart();
    const runner = runnerOf(started);
    expect(runner).toBeDefined();
    expect(javaOf(started)).toHaveLength(1);
    process.kill(runner!.pid, 'SIGKILL');
    await expectNothingLeft(started);
  }, 240_000);

  it('stops everything when its launcher (npm) is killed with SIGKILL', async () => {
    const started = await startNpmStart();
    process.kill(started.launcher.pid!, 'SIGKILL');
    await expectNothingLeft(started);
  }, 240_000);
});
