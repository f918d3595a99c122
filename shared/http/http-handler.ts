import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { runtimeConfig } from '../config/runtime-config';
import { describeError, log, withRequestId } from '../logging/logger';
import { corsHeaders, parseAllowedOrigins } from './cors';
import { problemPageResult, problemResult, toApiGatewayResult, type HttpResult } from './http-result';
import { parseRequest, lowerCaseHeaders, type ParsedRequest } from './parse-request';
import { DomainError } from '../domain-error';
import { domainProblem } from './domain-problem';
import { HttpProblem } from './problem';
import type { RouteDefinition } from './route-definition';
import { serviceUnavailableProblem } from './service-unavailable';

export type RouteImplementation<R extends RouteDefinition> = (request: ParsedRequest<R>) => Promise<HttpResult>;

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

async function run<R extends RouteDefinition>(
  route: R,
  implementation: RouteImplementation<R>,
  event: APIGatewayProxyEvent,
  requestId: string,
): Promise<HttpResult> {
  try {
    return await implementation(parseRequest(route, event, requestId));
  } catch (error) {
    if (error instanceof DomainError) error = domainProblem(error);
    const unavailable = serviceUnavailableProblem(error);
    if (unavailable) {
      log.warn('dependency unavailable', { operationId: route.operationId, ...describeError(error) });
      error = unavailable;
    }
    if (error instanceof HttpProblem) {
      log.info('request refused', { status: error.status, problem: error.slug, operationId: route.operationId });
      return route.errorFormat === 'html' ? problemPageResult(error) : problemResult(error, event.path);
    }
    log.error('unhandled error', { operationId: route.operationId, ...describeError(error) });
    return internalError(requestId);
  }
}

/**
 * Wraps a route implementation as a Lambda handler: parse and validate against the route's
 * schemas, call the implementation, map problems to RFC 9457 responses, log one line per request.
 */
export function httpHandler<R extends RouteDefinition>(route: R, implementation: RouteImplementation<R>) {
  runtimeConfig(); // fail the cold start, not a request, when the environment is wrong
  return middy<APIGatewayProxyEvent, APIGatewayProxyResult>().handler((event, context) => {
    const requestId = requestIdOf(event, context);
    return withRequestId(requestId, async () => {
      const startedAt = performance.now();
      const result = await run(route, implementation, event, requestId);
      log.info('request', {
        operationId: route.operationId,
        method: event.httpMethod,
        path: event.path,
        status: result.status,
        durationMs: Math.round(performance.now() - startedAt),
      });
      return toApiGatewayResult(result, corsHeaders(lowerCaseHeaders(event.headers).origin, allowedOrigins));
    });
  });
}
