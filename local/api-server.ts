import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { routes } from '../shared/api/routes/index';
import { corsHeaders, parseAllowedOrigins } from '../shared/http/cors';
import { findRoute } from '../shared/http/path-template';
import { MAX_BODY_BYTES } from '../shared/http/parse-request';
import { problemResult, toApiGatewayResult } from '../shared/http/http-result';
import { HttpProblem, problems } from '../shared/http/problem';
import { behindOrganiserAuthorizer, type RouteDefinition } from '../shared/http/route-definition';
import { policyAllows } from '../shared/organisers/authorizer-policy';
import { deploymentUnits, unitsOf } from '../functions/units/index';
import { lambdaContext, loadHandler } from './load-handler';

/** The unit API Gateway sends unknown paths and methods to. */
const catchAllEntry = deploymentUnits.find((unit) => unit.catchAll)!.entry;
/** The function (deployment unit) serving each route, as in AWS. */
const unitEntryOf = new Map([...unitsOf(routes)].flatMap(([unit, unitRoutes]) => unitRoutes.map((route) => [route, unit.entry] as const)));
/** Bodies far over the limit are cut off here, as API Gateway cuts at 10 MB; the handler still answers 413. */
const readLimitBytes = MAX_BODY_BYTES * 4;

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= readLimitBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function singleValueHeaders(request: http.IncomingMessage): Record<string, string> {
  // Object.fromEntries defines own properties: a header named `__proto__` stays a plain entry.
  return Object.fromEntries(
    Object.entries(request.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])),
  );
}

/** The REST API (v1) proxy event API Gateway would send for this request. */
function toProxyEvent(request: http.IncomingMessage, url: URL, body: string, resource: string, pathParameters: Record<string, string>): APIGatewayProxyEvent {
  const query = Object.fromEntries(url.searchParams);
  // Names come from the caller (`constructor`, `__proto__`…): grouped in a Map, never by indexing an object.
  const grouped = new Map<string, string[]>();
  for (const [name, value] of url.searchParams) grouped.set(name, [...(grouped.get(name) ?? []), value]);
  const multiQuery = Object.fromEntries(grouped);
  const requestId = lambdaContext('api').awsRequestId;
  return {
    resource,
    path: url.pathname,
    httpMethod: request.method ?? 'GET',
    headers: singleValueHeaders(request),
    multiValueHeaders: {},
    queryStringParameters: Object.keys(query).length > 0 ? query : null,
    multiValueQueryStringParameters: Object.keys(multiQuery).length > 0 ? multiQuery : null,
    pathParameters: Object.keys(pathParameters).length > 0 ? pathParameters : null,
    stageVariables: null,
    body: body === '' ? null : body,
    isBase64Encoded: false,
    requestContext: {
      requestId,
      httpMethod: request.method ?? 'GET',
      path: url.pathname,
      resourcePath: resource,
      stage: 'local',
      identity: { sourceIp: request.socket.remoteAddress ?? '127.0.0.1' },
    } as APIGatewayProxyEvent['requestContext'],
  };
}

function writeResult(response: http.ServerResponse, result: APIGatewayProxyResult): void {
  response.writeHead(result.statusCode, result.headers as http.OutgoingHttpHeaders);
  response.end(result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}

/** Answers CORS preflight requests the way API Gateway's preflight configuration does. */
function writePreflight(request: http.IncomingMessage, response: http.ServerResponse, allowedOrigins: string[]): void {
  const headers = corsHeaders(request.headers.origin, allowedOrigins);
  response.writeHead(204, {
    ...headers,
    ...(Object.keys(headers).length > 0
      ? {
          'Access-Control-Allow-Methods': 'GET,POST,PATCH,PUT,DELETE,OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type,Authorization,Idempotency-Key',
          'Access-Control-Max-Age': '600',
        }
      : {}),
  });
  response.end();
}

const organiserAuthorizerEntry = 'functions/authorize-organiser.ts';

/**
 * What API Gateway does before an `organiserKey` or `checkInKey` route: no Authorization header is 401 without
 * calling the authorizer; the authorizer's `Unauthorized` is 401; a policy that does not allow
 * this method ARN is 403; otherwise its context reaches the function as `requestContext.authorizer`.
 */
async function authorizeOrganiser(route: RouteDefinition, event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult | undefined> {
  if (!behindOrganiserAuthorizer(route.auth)) return undefined;
  const refuse = (problem: ReturnType<typeof problems.unauthorized>) => toApiGatewayResult(problemResult(problem, event.path));
  const authorization = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  if (!authorization) return refuse(problems.unauthorized('Unauthorized'));
  const methodArn = `arn:aws:execute-api:local:000000000000:local/local/${event.httpMethod}${event.path}`;
  const authorizer = await loadHandler(organiserAuthorizerEntry);
  try {
    const { resource, path, httpMethod, headers, pathParameters, queryStringParameters, requestContext } = event;
    const request = { type: 'REQUEST', methodArn, resource, path, httpMethod, headers, pathParameters, queryStringParameters, requestContext };
    const result = await authorizer(request, lambdaContext('authorizeOrganiser'));
    if (!policyAllows(result.policyDocument, methodArn)) return refuse(problems.forbidden('User is not authorized to access this resource'));
    event.requestContext.authorizer = { ...result.context, principalId: result.principalId };
    return undefined;
  } catch (error) {
    if ((error as Error).message === 'Unauthorized') return refuse(problems.unauthorized('Unauthorized'));
    throw error;
  }
}

async function dispatch(request: http.IncomingMessage, response: http.ServerResponse, allowedOrigins: string[]): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (request.method === 'OPTIONS') return writePreflight(request, response, allowedOrigins);
  const body = await readBody(request);
  const found = findRoute(routes, request.method ?? 'GET', url.pathname);
  const route = found && 'match' in found ? found.match : undefined;
  const entry = route ? unitEntryOf.get(route.route)! : catchAllEntry;
  const event = toProxyEvent(request, url, body, route?.route.path ?? '/{proxy+}', route?.pathParameters ?? {});
  const refused = route ? await authorizeOrganiser(route.route, event) : undefined;
  if (refused) return writeResult(response, refused);
  const handler = await loadHandler(entry);
  writeResult(response, await handler(event, lambdaContext(route?.route.operationId ?? 'routeNotFound')));
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

function unparsableRequestProblem(code: string | undefined): HttpProblem {
  if (code === 'HPE_HEADER_OVERFLOW') return new HttpProblem(431, 'headers-too-large', 'Request headers too large', 'The request line and headers must not exceed 16 KB.');
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new HttpProblem(408, 'request-timeout', 'Request timeout', 'The request was not received in time.');
  return new HttpProblem(400, 'malformed-request', 'Malformed HTTP request', 'The request line or a header is not valid HTTP/1.1.');
}

/**
 * A request Node's parser refused before any handler saw it (headers over its 16 KB limit, a broken request
 * line or header, too slow) is answered as every other error is, in problem+json, instead of Node's bare
 * status line. The request is unread, so the connection is closed after the answer.
 */
function answerUnparsableRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem = unparsableRequestProblem(error.code);
  const body = JSON.stringify(problem.toProblem());
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_TEXT[problem.status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The local stand-in for API Gateway: same route table, same functions (units), same event shape. */
export async function startApiServer(options: {
  port: number;
  host?: string;
  /** Requests wait for this (tables created, events seeded) before they are dispatched. */
  ready?: Promise<unknown>;
}): Promise<{ url: string; server: http.Server; stop(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const allowedOrigins = parseAllowedOrigins(process.env.ALLOWED_ORIGINS);
    Promise.resolve(options.ready)
      .then(() => dispatch(request, response, allowedOrigins))
      .catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(502, { 'Content-Type': 'application/problem+json' });
      response.end(JSON.stringify({ type: 'about:blank', title: 'Bad gateway', status: 502 }));
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('clientError', answerUnparsableRequest);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    server,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
