/**
 * Part 1b: module init time of a bundle, as a Lambda cold start pays it: each sample imports the
 * files a cold start loads (`index.mjs`, then the chunks of the measured path) once in a fresh
 * Node process and reports how long the imports took, in wall time and in CPU time. A function
 * and its baseline are measured in alternation (`measureColdStarts`).
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

/**
 * Runs in the child: times the imports alone (wall clock, and the CPU time this process spent in
 * them), then checks that the first file exported a handler.
 */
const probeScript = `
const urls = process.argv.slice(1);
const cpuBefore = process.cpuUsage();
const started = performance.now();
const module = await import(urls[0]);
for (const url of urls.slice(1)) await import(url);
const initMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
if (typeof module.handler !== 'function') throw new Error('no handler export');
process.stdout.write(JSON.stringify({ initMs, cpuMs: (cpu.user + cpu.system) / 1000 }));
process.exit(0);
`;

/** One cold import: its wall time (the figure) and the CPU time it took, in ms. */
export interface ColdImport {
  initMs: number;
  cpuMs: number;
}

/** One cold import of `files` (the bundle's index.mjs first) in a new Node process. */
export function coldImportOnce(files: readonly string[]): Promise<ColdImport> {
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
      resolve(JSON.parse(stdout) as ColdImport);
    });
  });
}

export interface ColdStartSamples {
  samplesMs: number[];
  medianMs: number;
  cpuSamplesMs: number[];
  medianCpuMs: number;
}

const summarize = (samples: readonly ColdImport[]): ColdStartSamples => {
  const samplesMs = samples.map((sample) => sample.initMs);
  const cpuSamplesMs = samples.map((sample) => sample.cpuMs);
  return { samplesMs, medianMs: median(samplesMs), cpuSamplesMs, medianCpuMs: median(cpuSamplesMs) };
};

/** A function's cold load and its baseline's: the two are measured as a pair. */
export interface ColdStartPair {
  id: string;
  files: readonly string[];
  baselineFiles: readonly string[];
}

export interface PairedColdStarts {
  function: ColdStartSamples;
  /** The baseline's own samples, taken alternately with the function's. */
  baseline: ColdStartSamples;
}

/**
 * Each function's samples and its baseline's are taken alternately (one round is the function
 * then the baseline, or the other way: the order flips every round so that neither always runs
 * first), so that a change of load on the machine hits both sides of the ratio rather than one.
 * The rounds of all functions are queued round by round (every function's first round, then
 * every second round...) and run `workers` at a time; a round's two imports run one after the
 * other in the same worker. Functions that share a baseline bundle each get their own baseline
 * samples, taken next to theirs.
 */
export async function measureColdStarts(pairs: readonly ColdStartPair[], runs: number, workers: number): Promise<Map<string, PairedColdStarts>> {
  const samples = new Map(pairs.map((pair) => [pair.id, { function: [] as ColdImport[], baseline: [] as ColdImport[] }]));
  const rounds = Array.from({ length: runs }, (_, round) => pairs.map((pair) => ({ pair, baselineFirst: round % 2 === 1 }))).flat();
  const runRound = async ({ pair, baselineFirst }: (typeof rounds)[number]) => {
    const own = samples.get(pair.id)!;
    const sides = [
      { files: pair.files, into: own.function },
      { files: pair.baselineFiles, into: own.baseline },
    ];
    for (const side of baselineFirst ? sides.reverse() : sides) side.into.push(await coldImportOnce(side.files));
  };
  const worker = async () => {
    for (let round = rounds.shift(); round !== undefined; round = rounds.shift()) await runRound(round);
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
  return new Map([...samples].map(([id, { function: own, baseline }]) => [id, { function: summarize(own), baseline: summarize(baseline) }]));
}
