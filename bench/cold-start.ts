/**
 * Part 1b: module init time of a bundle, as a Lambda cold start pays it: each sample imports the
 * files a cold start loads (`index.mjs`, then the chunks of the measured path) once in a fresh
 * Node process and reports how long the imports took.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { median } from './stats';

/**
 * Dummy but valid values for what the functions validate when their module loads
 * (shared/config/runtime-config.ts, mailer-settings.ts, http-handler.ts), and what the stack sets
 * besides (infra/rendezvous-stack.ts environmentFor, stream-worker.ts). Nothing is called.
 */
export const coldStartEnvironment: Record<string, string> = {
  AWS_REGION: 'eu-west-3',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  REGISTRATIONS_TABLE: 'bench-Registrations',
  MEETING_REQUESTS_TABLE: 'bench-MeetingRequests',
  CONFIRMATIONS_TABLE: 'bench-Confirmations',
  PUBLIC_BASE_URL: 'https://rendezvous.example.com',
  SENDER_EMAIL: 'rendezvous@example.com',
  SES_CONFIGURATION_SET: 'bench',
  LOG_LEVEL: 'warn',
  ALLOWED_ORIGINS: 'https://rendezvous.example.com',
  TOKEN_SIGNING_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:bench',
  DEAD_LETTER_QUEUE_URL: 'https://sqs.eu-west-3.amazonaws.com/123456789012/bench',
};

/** Runs in the child: times the imports alone, then checks that the first file exported a handler. */
const probeScript = `
const urls = process.argv.slice(1);
const started = performance.now();
const module = await import(urls[0]);
for (const url of urls.slice(1)) await import(url);
const initMs = performance.now() - started;
if (typeof module.handler !== 'function') throw new Error('no handler export');
process.stdout.write(JSON.stringify({ initMs }));
process.exit(0);
`;

/** One cold import of `files` (the bundle's index.mjs first) in a new Node process; the init time in ms. */
export function coldImportOnce(files: readonly string[]): Promise<number> {
  const bundlePath = files[0]!;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '--eval', probeScript, ...files.map((file) => pathToFileURL(file).href)], {
      // Only what Lambda would have: no NODE_OPTIONS or loaders inherited from tsx.
      env: { PATH: process.env.PATH ?? '', ...coldStartEnvironment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`cold import of ${bundlePath} failed (exit ${code}):\n${stderr.trim()}`));
      resolve((JSON.parse(stdout) as { initMs: number }).initMs);
    });
  });
}

export interface ColdStartSamples {
  samplesMs: number[];
  medianMs: number;
}

const summarize = (samplesMs: number[]): ColdStartSamples => ({ samplesMs, medianMs: median(samplesMs) });

/**
 * Median init of each load (a bundle's files, keyed by the first) over `runs` fresh processes,
 * `workers` processes at a time. The queue interleaves the bundles (a, b, c, a, b, c, ...) so that a burst of load from elsewhere
 * on the machine spreads over all of them rather than landing on one.
 */
export async function measureColdStarts(loads: readonly (readonly string[])[], runs: number, workers: number): Promise<Map<string, ColdStartSamples>> {
  const queue = Array.from({ length: runs }, () => loads).flat();
  const samples = new Map(loads.map((files) => [files[0]!, [] as number[]]));
  const worker = async () => {
    for (let files = queue.shift(); files !== undefined; files = queue.shift()) samples.get(files[0]!)!.push(await coldImportOnce(files));
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
  return new Map([...samples].map(([path, values]) => [path, summarize(values)]));
}
