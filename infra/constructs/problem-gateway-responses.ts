import { ResponseType } from 'aws-cdk-lib/aws-apigateway';

interface ProblemResponse {
  id: string;
  type: ResponseType;
  status: number;
  slug: string;
  title: string;
  /** A Velocity expression that renders a JSON string, used as `detail`. */
  detail: string;
}

/** API Gateway's own message for the error, already quoted as a JSON string. */
const gatewayMessage = '$context.error.messageString';

/**
 * Every error API Gateway can produce in this API (the organiser authorizer; no API keys or validators), with
 * an explicit status so the body's `status` always matches; DEFAULT_4XX/5XX catch the rest.
 */
const problemResponses: ProblemResponse[] = [
  { id: 'Throttled', type: ResponseType.THROTTLED, status: 429, slug: 'throttled', title: 'Too many requests', detail: '"Slow down and retry in a few seconds."' },
  { id: 'WafFiltered', type: ResponseType.WAF_FILTERED, status: 403, slug: 'blocked', title: 'Request blocked', detail: '"The firewall blocked this request (too many requests from your address). Retry in a few minutes."' },
  { id: 'MissingAuthenticationToken', type: ResponseType.MISSING_AUTHENTICATION_TOKEN, status: 404, slug: 'not-found', title: 'Not found', detail: '"There is no such resource."' },
  { id: 'ResourceNotFound', type: ResponseType.RESOURCE_NOT_FOUND, status: 404, slug: 'not-found', title: 'Not found', detail: '"There is no such resource."' },
  { id: 'AccessDenied', type: ResponseType.ACCESS_DENIED, status: 403, slug: 'forbidden', title: 'Forbidden', detail: gatewayMessage },
  { id: 'Unauthorized', type: ResponseType.UNAUTHORIZED, status: 401, slug: 'unauthorized', title: 'Authentication required', detail: '"Send an organiser key of the event in the Authorization header (Bearer)."' },
  { id: 'AuthorizerFailure', type: ResponseType.AUTHORIZER_FAILURE, status: 500, slug: 'internal', title: 'Internal error', detail: '"Something went wrong on our side; retry later."' },
  { id: 'AuthorizerConfigurationError', type: ResponseType.AUTHORIZER_CONFIGURATION_ERROR, status: 500, slug: 'internal', title: 'Internal error', detail: '"Something went wrong on our side; retry later."' },
  { id: 'RequestTooLarge', type: ResponseType.REQUEST_TOO_LARGE, status: 413, slug: 'payload-too-large', title: 'Payload too large', detail: gatewayMessage },
  { id: 'UnsupportedMediaType', type: ResponseType.UNSUPPORTED_MEDIA_TYPE, status: 415, slug: 'unsupported-media-type', title: 'Unsupported media type', detail: gatewayMessage },
  { id: 'IntegrationFailure', type: ResponseType.INTEGRATION_FAILURE, status: 502, slug: 'internal', title: 'Internal error', detail: '"Something went wrong on our side; retry later."' },
  { id: 'IntegrationTimeout', type: ResponseType.INTEGRATION_TIMEOUT, status: 504, slug: 'timeout', title: 'Timed out', detail: '"The request took too long; retry later."' },
  { id: 'ApiConfigurationError', type: ResponseType.API_CONFIGURATION_ERROR, status: 500, slug: 'internal', title: 'Internal error', detail: '"Something went wrong on our side; retry later."' },
  { id: 'Default4xx', type: ResponseType.DEFAULT_4XX, status: 400, slug: 'bad-request', title: 'Bad request', detail: gatewayMessage },
  { id: 'Default5xx', type: ResponseType.DEFAULT_5XX, status: 500, slug: 'internal', title: 'Internal error', detail: '"Something went wrong on our side; retry later."' },
];

/** RFC 9457 problem details, plus the request id to quote to support. */
export function problemTemplate(problem: Pick<ProblemResponse, 'slug' | 'title' | 'status' | 'detail'>): string {
  return (
    `{"type":"urn:rendezvous:problem:${problem.slug}","title":"${problem.title}","status":${problem.status},` +
    `"detail":${problem.detail},"requestId":"$context.requestId"}`
  );
}

/**
 * Makes the errors API Gateway produces itself (throttling, WAF blocks, unknown paths, oversize
 * bodies, timeouts, …) come back as `application/problem+json` like ours: the
 * `x-amazon-apigateway-gateway-responses` extension of the API definition (no CloudFormation
 * resource each). With exactly one allowed origin the CORS header is added too, so a browser can
 * read the error; with several, a gateway response cannot pick the caller's origin, so none is sent.
 */
export function problemGatewayResponses(allowedOrigins: readonly string[]): Record<string, unknown> {
  const cors: Record<string, string> = allowedOrigins.length === 1 ? { 'Access-Control-Allow-Origin': `'${allowedOrigins[0]}'`, Vary: "'Origin'" } : {};
  const headers = { 'Content-Type': "'application/problem+json'", 'Cache-Control': "'no-store'", ...cors };
  return Object.fromEntries(
    problemResponses.map((problem) => [
      problem.type.responseType,
      {
        statusCode: String(problem.status),
        responseParameters: Object.fromEntries(Object.entries(headers).map(([name, value]) => [`gatewayresponse.header.${name}`, value])),
        responseTemplates: { 'application/json': problemTemplate(problem) },
      },
    ]),
  );
}
