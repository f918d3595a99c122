import { writeFileSync } from 'node:fs';
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface OperationCount {
  requests: number;
  /** Time DynamoDB Local took to answer, summed: where its CPU goes, roughly. */
  seconds: number;
}

export interface CountingProxy {
  endpoint: string;
  stop(): Promise<void>;
}

/** `DynamoDB_20120810.PutItem` → `PutItem`; stream calls keep their service (`DynamoDBStreams.GetRecords`). */
function operationOf(request: IncomingMessage): string {
  const target = String(request.headers['x-amz-target'] ?? 'unknown');
  const [service = '', operation = target] = target.split('.');
  return service.startsWith('DynamoDBStreams') ? `DynamoDBStreams.${operation}` : operation;
}

function relay(upstream: URL, counts: Map<string, OperationCount>, request: IncomingMessage, response: ServerResponse): void {
  const started = performance.now();
  const operation = operationOf(request);
  const onward = forward(
    { host: upstream.hostname, port: upstream.port, method: request.method, path: request.url, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
      answer.on('end', () => {
        const count = counts.get(operation) ?? { requests: 0, seconds: 0 };
        count.requests += 1;
        count.seconds += (performance.now() - started) / 1000;
        counts.set(operation, count);
      });
    },
  );
  onward.on('error', () => response.destroy());
  request.pipe(onward);
}

/**
 * A measuring aid (docs/testing.md, "Where the CPU goes"): a proxy in front of DynamoDB Local that counts
 * requests by operation and writes the table to `reportFile` when stopped. Only when a run asks for it
 * (`DYNAMODB_REQUEST_COUNT=<file>`): the relay costs a little CPU in the runner.
 */
export async function startCountingProxy(upstreamEndpoint: string, reportFile: string): Promise<CountingProxy> {
  const upstream = new URL(upstreamEndpoint);
  const counts = new Map<string, OperationCount>();
  const server = createServer((request, response) => {
    // test/support/cpu-per-file.ts reads the counts before and after each file.
    if (request.url === '/__counts') response.end(JSON.stringify(Object.fromEntries(counts)));
    else relay(upstream, counts, request, response);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const write = () => writeFileSync(reportFile, JSON.stringify(Object.fromEntries([...counts].sort(([, a], [, b]) => b.seconds - a.seconds)), null, 2));
  // Also while running: an interrupted run still leaves its counts.
  const timer = setInterval(write, 5_000).unref();
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      clearInterval(timer);
      write();
    },
  };
}
