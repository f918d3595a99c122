/**
 * Part 2: registration latency through the local API. A fixed number of POST
 * /events/{eventId}/registrations is shared by concurrent clients, each sending its next request
 * when the previous one answered (closed loop), over keep-alive connections on the loopback.
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { eventCountersKey } from '../shared/storage/keys';
import { registrationBody } from '../test/support/registrations';
import { cpuSince, cpuTime, type CpuTime } from './cpu';
import { localDynamoDbClient } from './local-services';
import { max, mean, nowMs, percentile } from './stats';

export interface RegistrationOutcome {
  ms: number;
  httpStatus: number;
  registrationId?: string;
  status?: string;
}

export interface LoadRun {
  outcomes: RegistrationOutcome[];
  wallMs: number;
  /** CPU of this process (handlers + clients) and of DynamoDB Local during the run. */
  cpu: CpuTime;
}

/** Builds each request's body: a valid registration with a fresh email address. */
export type BodyFactory = () => Record<string, unknown>;

async function postRegistration(apiUrl: string, eventId: string, body: BodyFactory = registrationBody): Promise<RegistrationOutcome> {
  const started = nowMs();
  const response = await fetch(`${apiUrl}/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body()),
  });
  const answer = (await response.json()) as { registrationId?: string; status?: string };
  return {
    ms: nowMs() - started,
    httpStatus: response.status,
    ...(answer.registrationId ? { registrationId: answer.registrationId } : {}),
    ...(answer.status ? { status: answer.status } : {}),
  };
}

/** `total` registrations for `eventId` from `concurrency` clients; bounded by count. */
export async function runLoad(apiUrl: string, eventId: string, total: number, concurrency: number, body?: BodyFactory): Promise<LoadRun> {
  const outcomes: RegistrationOutcome[] = [];
  let issued = 0;
  const client = async () => {
    while (issued < total) {
      issued += 1;
      outcomes.push(await postRegistration(apiUrl, eventId, body));
    }
  };
  const started = nowMs();
  const cpuAtStart = cpuTime();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, client));
  return { outcomes, wallMs: nowMs() - started, cpu: cpuSince(cpuAtStart) };
}

/**
 * A registration whose profile texts are at their limit (1,000 characters each, in French with
 * accents): the item sizes real profiles reach, where the test body's are a few words.
 */
export function longProfileBody(): Record<string, unknown> {
  const sentence = 'Plateformes IoT pour la logistique portuaire : capteurs, télémétrie et maintenance prédictive. ';
  const text = sentence.repeat(Math.ceil(1_000 / sentence.length)).slice(0, 1_000).trim();
  return registrationBody({ profile: { offer: text, request: text } });
}

export interface LatencySummary {
  requests: number;
  concurrency: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  throughputPerSecond: number;
  wallSeconds: number;
  /** CPU ms per request: the Node process (API handlers and load clients) and DynamoDB Local. */
  cpuPerRequestMs: { node: number; dynamodbLocal: number };
  /** HTTP status → count. */
  httpStatuses: Record<string, number>;
  /** Registration status in the 201 answers → count. */
  registrationStatuses: Record<string, number>;
}

const countBy = <T>(values: readonly T[], key: (value: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[key(value)] = (counts[key(value)] ?? 0) + 1;
  return counts;
};

export function summarizeLoad(run: LoadRun, concurrency: number): LatencySummary {
  const latencies = run.outcomes.map((outcome) => outcome.ms);
  return {
    requests: run.outcomes.length,
    concurrency,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: max(latencies),
    meanMs: mean(latencies),
    throughputPerSecond: run.outcomes.length / (run.wallMs / 1000),
    wallSeconds: run.wallMs / 1000,
    cpuPerRequestMs: { node: run.cpu.selfMs / run.outcomes.length, dynamodbLocal: run.cpu.childrenMs / run.outcomes.length },
    httpStatuses: countBy(run.outcomes, (outcome) => String(outcome.httpStatus)),
    registrationStatuses: countBy(
      run.outcomes.filter((outcome) => outcome.httpStatus === 201),
      (outcome) => outcome.status ?? 'unknown',
    ),
  };
}

export const registrationIdsOf = (run: LoadRun): string[] =>
  run.outcomes.flatMap((outcome) => (outcome.httpStatus === 201 && outcome.registrationId ? [outcome.registrationId] : []));

export interface GetItemLatency {
  samples: number;
  p50Ms: number;
  p95Ms: number;
}

/**
 * Context for the figures above: one consistent GetItem of a small item (an event's counters)
 * against DynamoDB Local, sequential, on a warm connection. DynamoDB answers this in a few ms.
 */
export async function measureGetItemLatency(endpoint: string, tableName: string, eventId: string, samples = 50): Promise<GetItemLatency> {
  const client = localDynamoDbClient(endpoint);
  const { pk, sk } = eventCountersKey(eventId);
  const command = () => new GetItemCommand({ TableName: tableName, Key: { pk: { S: pk }, sk: { S: sk } }, ConsistentRead: true });
  try {
    for (let index = 0; index < 5; index += 1) await client.send(command());
    const latencies: number[] = [];
    for (let index = 0; index < samples; index += 1) {
      const started = nowMs();
      await client.send(command());
      latencies.push(nowMs() - started);
    }
    return { samples, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95) };
  } finally {
    client.destroy();
  }
}
