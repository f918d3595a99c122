import { Aws } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { behindOrganiserAuthorizer, type RouteDefinition } from '../../shared/http/route-definition';
import { problemGatewayResponses } from './problem-gateway-responses';

export interface ApiDefinitionProps {
  /** Every route with the function (its deployment unit) that serves it. */
  routes: readonly { route: RouteDefinition; handler: IFunction }[];
  /** Answers unknown paths and methods (404/405 problems). */
  notFound: IFunction | undefined;
  /** The REQUEST authorizer of `organiserKey` and `checkInKey` routes. */
  organiserAuthorizer: IFunction | undefined;
  allowedOrigins: readonly string[];
}

export const organiserSecurityScheme = 'organiserKey';
const preflightMaxAgeSeconds = 3600;
const preflightHeaders = 'Content-Type,Authorization,Idempotency-Key';

const lambdaUri = (fn: IFunction): string =>
  `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}:lambda:path/2015-03-31/functions/${fn.functionArn}/invocations`;

const proxyIntegration = (fn: IFunction) => ({ type: 'aws_proxy', httpMethod: 'POST', uri: lambdaUri(fn), passthroughBehavior: 'when_no_match' });

/** `/events/{eventId}/x` → `['eventId']`. */
const pathParameterNames = (path: string): string[] => [...path.matchAll(/\{(\w+)\+?\}/g)].map((match) => match[1]!);

const pathParameters = (path: string) => pathParameterNames(path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));

/** `/events/{eventId}` → `/events`, `/events/{eventId}`. */
function pathPrefixes(path: string): string[] {
  const parts = path.split('/').filter((part) => part !== '');
  return parts.map((_, index) => `/${parts.slice(0, index + 1).join('/')}`);
}

function routeOperation(route: RouteDefinition, handler: IFunction, hasAuthorizer: boolean) {
  if (behindOrganiserAuthorizer(route.auth) && !hasAuthorizer) throw new Error(`${route.operationId} needs the organiser authorizer`);
  return {
    operationId: route.operationId,
    summary: route.summary,
    parameters: pathParameters(route.path),
    responses: Object.fromEntries(Object.entries(route.responses).map(([status, response]) => [status, { description: response.description }])),
    ...(behindOrganiserAuthorizer(route.auth) ? { security: [{ [organiserSecurityScheme]: [] }] } : {}),
    'x-amazon-apigateway-integration': proxyIntegration(handler),
  };
}

/** The catch-all on a path: API Gateway prefers a path's own methods, so only the others reach it. */
const catchAllOperation = (path: string, notFound: IFunction) => ({
  operationId: 'routeNotFound',
  parameters: pathParameters(path),
  responses: { 404: { description: 'No such resource' }, 405: { description: 'Method not allowed (Allow lists the methods)' } },
  'x-amazon-apigateway-integration': proxyIntegration(notFound),
});

/**
 * CORS preflight as a mock integration, like aws-apigateway's `addCorsPreflight`: the first allowed
 * origin by default, and a Velocity template echoing the caller's origin when it is another listed one.
 */
function preflightOperation(methods: readonly string[], allowedOrigins: readonly string[]) {
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': `'${allowedOrigins[0]}'`,
    Vary: "'Origin'",
    'Access-Control-Allow-Methods': `'${[...methods, 'OPTIONS'].join(',')}'`,
    'Access-Control-Allow-Headers': `'${preflightHeaders}'`,
    'Access-Control-Max-Age': `'${preflightMaxAgeSeconds}'`,
  };
  const others = allowedOrigins.slice(1);
  const echoOrigin = [
    '#set($origin = $input.params().header.get("Origin"))',
    '#if($origin == "")#set($origin = $input.params().header.get("origin"))#end',
    `#if(${others.map((origin) => `$origin == "${origin}"`).join(' || ')})`,
    '#set($context.responseOverride.header.Access-Control-Allow-Origin = $origin)',
    '#end',
  ].join('\n');
  return {
    operationId: 'corsPreflight',
    responses: {
      204: { description: 'CORS preflight', headers: Object.fromEntries(Object.keys(headers).map((name) => [name, { schema: { type: 'string' } }])) },
    },
    'x-amazon-apigateway-integration': {
      type: 'mock',
      requestTemplates: { 'application/json': '{"statusCode": 204}' },
      responses: {
        default: {
          statusCode: '204',
          responseParameters: Object.fromEntries(Object.entries(headers).map(([name, value]) => [`method.response.header.${name}`, value])),
          ...(others.length > 0 ? { responseTemplates: { 'application/json': echoOrigin } } : {}),
        },
      },
    },
  };
}

function organiserAuthorizerScheme(authorizer: IFunction) {
  return {
    type: 'apiKey',
    name: 'Authorization',
    in: 'header',
    'x-amazon-apigateway-authtype': 'custom',
    'x-amazon-apigateway-authorizer': {
      type: 'request',
      identitySource: 'method.request.header.Authorization',
      authorizerUri: lambdaUri(authorizer),
      authorizerResultTtlInSeconds: 300,
    },
  };
}

/**
 * The deployed REST API as an OpenAPI 3.0 document with API Gateway's extensions, built from the
 * same route table as the published document (shared/openapi): every route's method on its unit's
 * function, `organiserKey` routes behind the authorizer, ANY on every known path and `/{proxy+}` to
 * the catch-all, preflight methods and problem+json gateway responses. Methods, resources,
 * authorizer and gateway responses then live in the RestApi's body instead of costing a
 * CloudFormation resource each. Schemas are left out on purpose: requests are validated by the
 * functions, which name every bad field (docs/deployment.md).
 */
export function apiDefinition(props: ApiDefinitionProps): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const at = (path: string) => (paths[path] ??= {});
  for (const { route, handler } of props.routes) {
    const operation = routeOperation(route, handler, props.organiserAuthorizer !== undefined);
    at(route.path)[route.method.toLowerCase()] = operation;
    // HEAD is GET without the body (RFC 9110): the same function, which answers it (unit-handler.ts).
    if (route.method === 'GET') at(route.path).head = { ...operation, operationId: `${route.operationId}Head` };
  }
  if (props.allowedOrigins.length > 0) {
    for (const path of Object.keys(paths)) {
      const methods = Object.keys(paths[path]!).map((method) => method.toUpperCase());
      at(path).options = preflightOperation(methods, props.allowedOrigins);
    }
  }
  if (props.notFound) {
    const catchAllPaths = new Set(['/', '/{proxy+}', ...props.routes.flatMap(({ route }) => pathPrefixes(route.path))]);
    for (const path of catchAllPaths) at(path)['x-amazon-apigateway-any-method'] = catchAllOperation(path, props.notFound);
  }
  return {
    openapi: '3.0.1',
    info: { title: 'Rendezvous', version: '1.0', description: 'Rendezvous: registrations, B2B meetings, press accreditation' },
    paths,
    components: props.organiserAuthorizer ? { securitySchemes: { [organiserSecurityScheme]: organiserAuthorizerScheme(props.organiserAuthorizer) } } : {},
    'x-amazon-apigateway-gateway-responses': problemGatewayResponses(props.allowedOrigins),
    // Base64 bodies of these types leave API Gateway as bytes (the badges PDF).
    'x-amazon-apigateway-binary-media-types': ['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  };
}
