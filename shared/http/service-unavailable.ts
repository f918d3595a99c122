import { HttpProblem } from './problem';

/**
 * Recognises the errors that mean "a service we depend on (DynamoDB) cannot answer right now"
 * as opposed to a bug: throttling, the service's own 5xx, timeouts and network failures. The
 * client can act on those (retry later), so they are answered 503 with Retry-After instead of a
 * generic 500. One place, so every route and the readiness check agree.
 */

/** AWS error names (SDK v3 `error.name`) that are transient by nature. */
const TRANSIENT_AWS_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'LimitExceededException',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
]);

/** Node socket error codes: the endpoint is unreachable, refused or dropped the connection. */
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/** Seconds a client should wait before retrying. */
export const RETRY_AFTER_SECONDS = 5;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

function isTransient(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const candidate = error as ErrorLike;
  if (typeof candidate.name === 'string' && TRANSIENT_AWS_ERRORS.has(candidate.name)) return true;
  if (typeof candidate.code === 'string' && NETWORK_ERROR_CODES.has(candidate.code)) return true;
  const status = candidate.$metadata?.httpStatusCode;
  if (candidate.$retryable !== undefined && (status === undefined || status >= 500 || status === 429)) return true;
  if (status === 503) return true;
  // An AggregateError (one per address tried) or a wrapped cause.
  if (Array.isArray(candidate.errors) && candidate.errors.some((inner) => isTransient(inner, depth + 1))) return true;
  return isTransient(candidate.cause, depth + 1);
}

/** A 503 problem when `error` says a dependency is unavailable, else undefined. */
export function serviceUnavailableProblem(error: unknown): HttpProblem | undefined {
  return isTransient(error) ? unavailableProblem() : undefined;
}

/** The 503 problem, with Retry-After. */
export function unavailableProblem(): HttpProblem {
  return new HttpProblem(
    503,
    'service-unavailable',
    'Service unavailable',
    `The service cannot reach its database right now; retry in ${RETRY_AFTER_SECONDS} seconds (with the same Idempotency-Key where the operation takes one).`,
    undefined,
    { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  );
}
