import { operationsOf, RequestGenerator, type FuzzCredentials, type FuzzOperation, type FuzzRequest } from './fuzz-requests';
import { RandomSource } from './random-source';

/** Reads the oracle needs beyond HTTP: optional, so the fuzzer also runs against a remote stack. */
export interface FuzzStorage {
  /** Waits until work started by earlier requests (streams) has settled. */
  settle(): Promise<void>;
  /** Items in every table: a refused write must not change it. */
  countItems(): Promise<number>;
  /** Confirmation emails recorded for each registration id. */
  confirmationCounts(registrationIds: string[]): Promise<Map<string, number>>;
}

export interface FuzzOptions {
  baseUrl: string;
  requests: number;
  seed: number;
  /** The OpenAPI document (buildOpenApiDocument) the requests are generated from. */
  document: object;
  credentials: FuzzCredentials;
  validBodies?: Record<string, () => unknown>;
  storage?: FuzzStorage;
}

export interface FuzzReport {
  requests: number;
  perOperation: Record<string, number>;
  statuses: Record<string, number>;
  violations: string[];
  acceptedRegistrations: number;
}

const isProblem = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && typeof (body as Record<string, unknown>).type === 'string' &&
  typeof (body as Record<string, unknown>).title === 'string' && typeof (body as Record<string, unknown>).status === 'number';

const describe = (request: FuzzRequest) => `${request.operationId} ${request.method} ${request.path.slice(0, 160)} [${request.bodyKind}]`;

/**
 * Sends `requests` generated requests, one at a time (the write oracle compares counts around each
 * refused write), and checks the issue-19 oracle: no 5xx but 503, every error problem+json,
 * nothing written by a refused request, one confirmation email per accepted registration.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = new RandomSource(options.seed);
  const operations = operationsOf(options.document);
  const generator = new RequestGenerator(random, options.document, options.credentials, options.validBodies);
  const report: FuzzReport = { requests: 0, perOperation: {}, statuses: {}, violations: [], acceptedRegistrations: 0 };
  const registered: string[] = [];
  // Whether a request since the last settle was accepted. Refused requests write nothing (the oracle
  // checks it), so after only refused ones the streams are still settled: no wait before counting.
  let acceptedSinceSettle = true;
  for (let index = 0; index < options.requests; index += 1) {
    const operation = operations[index % operations.length]!;
    // The first pass sends each operation one well-formed request, so that accepted paths (and the
    // one-email-per-registration oracle) are exercised whatever the seed and the number of routes.
    const request = generator.next(operation, { wellFormed: index < operations.length });
    const countBefore = request.method !== 'GET' && options.storage ? await countSettled(options.storage, acceptedSinceSettle) : undefined;
    if (countBefore !== undefined) acceptedSinceSettle = false;
    const response = await send(options.baseUrl, request);
    if (response.status < 400) acceptedSinceSettle = true;
    report.requests += 1;
    report.perOperation[request.operationId] = (report.perOperation[request.operationId] ?? 0) + 1;
    report.statuses[response.status] = (report.statuses[response.status] ?? 0) + 1;
    const text = await response.text();
    for (const violation of checkResponse(operation, request, response, text)) report.violations.push(`${violation}: ${describe(request)}`);
    if (countBefore !== undefined && response.status >= 400) {
      const countAfter = await options.storage!.countItems();
      if (countAfter !== countBefore) report.violations.push(`refused write changed ${countAfter - countBefore} item(s): ${describe(request)}`);
    }
    if (process.env.FUZZ_TRACE === request.operationId) console.log(response.status, request.bodyKind, text.slice(0, 300));
    if (request.operationId === 'createRegistration' && response.status === 201) registered.push(JSON.parse(text).registrationId as string);
  }
  report.acceptedRegistrations = new Set(registered).size;
  if (options.storage && registered.length > 0) {
    await options.storage.settle();
    const counts = await options.storage.confirmationCounts([...new Set(registered)]);
    for (const [registrationId, count] of counts) {
      if (count !== 1) report.violations.push(`registration ${registrationId} has ${count} confirmation email records`);
    }
  }
  return report;
}

/** The item count before a write, once the work of earlier accepted requests has settled. */
async function countSettled(storage: FuzzStorage, unsettled: boolean): Promise<number> {
  if (unsettled) await storage.settle();
  return storage.countItems();
}

async function send(baseUrl: string, request: FuzzRequest): Promise<Response> {
  return fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined && request.method !== 'GET' ? { body: request.body } : {}),
    redirect: 'manual',
  });
}

function checkResponse(operation: FuzzOperation, request: FuzzRequest, response: Response, text: string): string[] {
  const violations: string[] = [];
  if (response.status >= 500 && response.status !== 503) violations.push(`unexpected ${response.status}`);
  // A page answers people in HTML, its errors included; every JSON operation answers errors as problem+json.
  if (response.status >= 400 && !operation.isPage) {
    const contentType = response.headers.get('content-type') ?? '';
    if (!contentType.startsWith('application/problem+json')) violations.push(`${response.status} with content-type "${contentType}"`);
    else {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      if (!isProblem(body)) violations.push(`${response.status} problem without type/title/status`);
      else if ((body as { status: number }).status !== response.status) violations.push(`problem status ${(body as { status: number }).status} ≠ ${response.status}`);
    }
  }
  if (response.status === 503 && !response.headers.get('retry-after')) violations.push('503 without Retry-After');
  if (namesOperation(operation.path, request.path)) violations.push(...undocumented(operation, response, text));
  return violations;
}

/**
 * Whether the URL still names the operation's path: an empty or dot-segment parameter (`''`, `.`, `%2E`)
 * makes the URL resolve to another path (`/events//registrations` is `/events/registrations`), which
 * answers as that path does (404, 405), not as the operation.
 */
function namesOperation(template: string, path: string): boolean {
  const wanted = template.split('/');
  const segments = path.split('?')[0]!.split('/');
  return segments.length === wanted.length && wanted.every((part, index) => {
    const segment = segments[index]!;
    if (!part.startsWith('{')) return segment === part;
    return !['', '.', '..'].includes(segment.replace(/%2e/gi, '.'));
  });
}

/**
 * What the OpenAPI document does not describe: a status it does not declare for the operation, or a
 * body of a media type other than the declared one(s). A client generated from the document would
 * not expect it.
 */
function undocumented(operation: FuzzOperation, response: Response, text: string): string[] {
  const declared = operation.responses[String(response.status)];
  if (declared === undefined) return [`status ${response.status} not in the document (declared: ${Object.keys(operation.responses).join(', ')})`];
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
  if (text === '' || mediaType === undefined) return [];
  return declared.includes(mediaType) ? [] : [`${response.status} as ${mediaType}, the document says ${declared.join(' or ') || 'no body'}`];
}

/** The summary both the test and `npm run fuzz` print. */
export function formatReport(report: FuzzReport, seed: number): string {
  const lines = [`Fuzzed ${report.requests} requests (seed ${seed}); accepted registrations: ${report.acceptedRegistrations}.`, 'Requests per operation:'];
  for (const [operation, count] of Object.entries(report.perOperation).sort()) lines.push(`  ${operation.padEnd(32)} ${count}`);
  lines.push('Statuses:');
  for (const [status, count] of Object.entries(report.statuses).sort()) lines.push(`  ${status} ${count}`);
  lines.push(`Violations: ${report.violations.length}`);
  for (const violation of report.violations.slice(0, 50)) lines.push(`  ${violation}`);
  if (report.violations.length > 50) lines.push(`  … and ${report.violations.length - 50} more`);
  return lines.join('\n');
}
