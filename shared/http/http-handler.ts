import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { runtimeConfig } from '../config/runtime-config';
import { describeError, log, withRequestId } from '../logging/logger';
import { corsHeaders, parseAllowedOrigins } from './cors';
import { answerTo, problemResult, toApiGatewayResult, type HttpResult } from './http-result';
import { preferredLanguage } from './preferred-language';
import { parseRequest, lowerCaseHeaders, validatePathParameters, type ParsedRequest } from './parse-request';
import { DomainError } from '../domain-error';
import { domainProblem } from './domain-problem';
import { HttpProblem } from './problem';
import { resolveCaller, type CallerOf } from './resolve-caller';
import type { RouteDefinition } from './route-definition';
import type { Language } from '../events/language';
import { serviceUnavailableProblem } from './service-unavailable';

/** What a handler receives: the validated request and the caller its route's `auth` admits. */
export type GatedRequest<R extends RouteDefinition> = ParsedRequest<R> & { caller: CallerOf<R['auth']> };
export type RouteImplementation<R extends RouteDefinition> = (request: GatedRequest<R>) => Promise<HttpResult>;

/**
 * The HTML page a route with `errorFormat: 'html'` answers its errors with (shared/pages/link-page-handler.ts
 * gives it). Passed in rather than imported here so that the other routes' cold starts do not load the
 * pages' three catalogues and HTML layout.
 */
export type ErrorPage = (problem: HttpProblem, language: Language, auth: RouteDefinition['auth']) => HttpResult;

const allowedOrigins = parseAllowedOrigins(process.env.ALLOWED_ORIGINS);

function requestIdOf(event: APIGatewayProxyEvent, context: Context | undefined): string {
  return event.requestContext?.requestId ?? context?.awsRequestId ?? 'local';
}

function internalError(requestId: string): HttpResult {
  return {
    status: 500,
    contentType: 'application/problem+json',
    body: {
      type: 'urn:rendezvous:problem:internal',
      title: 'Internal error',
      status: 500,
      detail: `Something went wrong on our side. Quote request id ${requestId} if you contact us.`,
    },
  };
}

/** The one place where anything a gate, parser or handler throws becomes a response. */
function errorResult(error: unknown, route: RouteDefinition, event: APIGatewayProxyEvent, requestId: string, errorPage: ErrorPage | undefined): HttpResult {
  const unavailable = serviceUnavailableProblem(error);
  if (unavailable) log.warn('dependency unavailable', { operationId: route.operationId, ...describeError(error) });
  const problem = unavailable ?? (error instanceof DomainError ? domainProblem(error) : error);
  if (problem instanceof HttpProblem) {
    log.info('request refused', { status: problem.status, problem: problem.slug, operationId: route.operationId });
    if (route.errorFormat !== 'html' || errorPage === undefined) return problemResult(problem, event.path);
    // A page people open from an email: in their browser's language (older links do not carry one).
    return errorPage(problem, preferredLanguage(lowerCaseHeaders(event.headers)['accept-language'], 'en'), route.auth);
  }
  log.error('unhandled error', { operationId: route.operationId, ...describeError(error) });
  return internalError(requestId);
}

/**
 * Gate first (who may call: 401/403 before any 400 about the query or body), then validation, then
 * the handler. Only the path's ids are checked before the gate, which looks resources up by them.
 */
async function run<R extends RouteDefinition>(route: R, implementation: RouteImplementation<R>, event: APIGatewayProxyEvent, requestId: string, errorPage: ErrorPage | undefined): Promise<HttpResult> {
  try {
    validatePathParameters(route, event);
    const caller = await resolveCaller(route.auth as R['auth'], event, lowerCaseHeaders(event.headers));
    return await implementation({ ...parseRequest(route, event, requestId), caller });
  } catch (error) {
    return errorResult(error, route, event, requestId, errorPage);
  }
}

/**
 * Wraps a route implementation as a Lambda handler: resolve the caller from the route's `auth`,
 * parse and validate against the route's schemas, call the implementation, map problems to
 * RFC 9457 responses, log one line per request (with the request id on every line).
 * A plain function rather than a middy chain: the three steps above are all it does, and the
 * HTTP bundles no longer carry @middy/core (docs/deployment.md).
 */
export function httpHandler<R extends RouteDefinition>(route: R, implementation: RouteImplementation<R>, errorPage?: ErrorPage) {
  runtimeConfig(); // fail the cold start, not a request, when the environment is wrong
  if (route.errorFormat === 'html' && errorPage === undefined) throw new Error(`${route.operationId} answers errors as a page: wrap it with linkPageHandler (shared/pages/link-page-handler.ts)`);
  return (event: APIGatewayProxyEvent, context?: Context): Promise<APIGatewayProxyResult> => {
    const requestId = requestIdOf(event, context);
    return withRequestId(requestId, async () => {
      const startedAt = performance.now();
      const result = await run(route, implementation, event, requestId, errorPage);
      log.info('request', {
        operationId: route.operationId,
        method: event.httpMethod,
        path: event.path,
        status: result.status,
        durationMs: Math.round(performance.now() - startedAt),
      });
      return answerTo(event.httpMethod, toApiGatewayResult(result, corsHeaders(lowerCaseHeaders(event.headers).origin, allowedOrigins)));
    });
  };
}
