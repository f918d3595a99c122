/**
 * Closed-loop HTTP load, shared by parts 2 and 6: a fixed number of requests is shared by
 * concurrent clients, each sending its next request when the previous one answered, over
 * keep-alive connections on the loopback; and the latency summary of such a run.
 */
import { cpuSince, cpuTime, type CpuTime } from './cpu';
import { max, mean, nowMs, percentile } from './stats';

/** One answered request: its latency, HTTP status and the `status` field of its JSON answer, if any. */
export interface TimedOutcome {
  ms: number;
  httpStatus: number;
  status?: string;
}

export interface ClosedLoopRun<O extends TimedOutcome> {
  outcomes: O[];
  wallMs: number;
  /** CPU of this process (handlers + clients) and of DynamoDB Local during the run. */
  cpu: CpuTime;
}

/** The answer's `status` when it is a string (registration, meeting), else the slug of a problem's `type`. */
function statusOf(answer: { status?: unknown; type?: unknown }): string | undefined {
  if (typeof answer.status === 'string') return answer.status;
  return typeof answer.type === 'string' ? answer.type.split(':').pop() : undefined;
}

/** POSTs `body` as JSON and times it until the answer is read. */
export async function postJson<A>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ outcome: TimedOutcome; answer: A }> {
  const started = nowMs();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const answer = (await response.json()) as A & { status?: unknown; type?: unknown };
  const status = statusOf(answer);
  return { outcome: { ms: nowMs() - started, httpStatus: response.status, ...(status ? { status } : {}) }, answer };
}

/** `total` requests from `concurrency` clients; `request(index)` makes the index-th, each index once. */
export async function runClosedLoop<O extends TimedOutcome>(
  total: number,
  concurrency: number,
  request: (index: number) => Promise<O>,
): Promise<ClosedLoopRun<O>> {
  const outcomes: O[] = [];
  let issued = 0;
  const client = async () => {
    while (issued < total) {
      const index = issued;
      issued += 1;
      outcomes.push(await request(index));
    }
  };
  const started = nowMs();
  const cpuAtStart = cpuTime();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, client));
  return { outcomes, wallMs: nowMs() - started, cpu: cpuSince(cpuAtStart) };
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
  /** The HTTP status of a successful answer (201 for a registration, 200 for an accept). */
  successStatus: number;
  /** `status` field of the successful answers (registration or meeting status) → count. */
  answerStatuses: Record<string, number>;
  /** The other answers, by "HTTP status problem-slug" → count. */
  refusals: Record<string, number>;
}

const countBy = <T>(values: readonly T[], key: (value: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[key(value)] = (counts[key(value)] ?? 0) + 1;
  return counts;
};

export function summarizeLoad(run: ClosedLoopRun<TimedOutcome>, concurrency: number, successStatus = 201): LatencySummary {
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
    successStatus,
    answerStatuses: countBy(
      run.outcomes.filter((outcome) => outcome.httpStatus === successStatus),
      (outcome) => outcome.status ?? 'unknown',
    ),
    refusals: countBy(
      run.outcomes.filter((outcome) => outcome.httpStatus !== successStatus),
      (outcome) => `${outcome.httpStatus} ${outcome.status ?? ''}`.trim(),
    ),
  };
}
