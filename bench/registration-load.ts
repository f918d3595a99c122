/**
 * Part 2: registration latency through the local API. A fixed number of POST
 * /events/{eventId}/registrations is shared by concurrent clients, each sending its next request
 * when the previous one answered (closed loop, bench/closed-loop.ts), over keep-alive connections
 * on the loopback.
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { eventCountersKey } from '../shared/storage/keys';
import { registrationBody } from '../test/support/registrations';
import { postJson, runClosedLoop, type ClosedLoopRun, type TimedOutcome } from './closed-loop';
import { localDynamoDbClient } from './local-services';
import { nowMs, percentile } from './stats';

export interface RegistrationOutcome extends TimedOutcome {
  registrationId?: string;
  /** Returned once, with the 201: what a participant sends as "Authorization: Bearer". */
  manageToken?: string;
}

export type LoadRun = ClosedLoopRun<RegistrationOutcome>;

/** Builds each request's body: a valid registration with a fresh email address. */
export type BodyFactory = () => Record<string, unknown>;

async function postRegistration(apiUrl: string, eventId: string, body: BodyFactory = registrationBody): Promise<RegistrationOutcome> {
  const { outcome, answer } = await postJson<{ registrationId?: string; manageToken?: string }>(`${apiUrl}/events/${eventId}/registrations`, body());
  return {
    ...outcome,
    ...(answer.registrationId ? { registrationId: answer.registrationId } : {}),
    ...(answer.manageToken ? { manageToken: answer.manageToken } : {}),
  };
}

/** `total` registrations for `eventId` from `concurrency` clients; bounded by count. */
export function runLoad(apiUrl: string, eventId: string, total: number, concurrency: number, body?: BodyFactory): Promise<LoadRun> {
  return runClosedLoop(total, concurrency, () => postRegistration(apiUrl, eventId, body));
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
