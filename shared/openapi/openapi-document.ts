import * as z from 'zod/mini';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject } from 'zod-openapi';
import { MAX_BODY_BYTES } from '../http/parse-request';
import { ProblemSchema } from '../http/problem-schema';
import type { ResponseDefinition, RouteDefinition } from '../http/route-definition';
import { RETRY_AFTER_SECONDS } from '../http/service-unavailable';

const securitySchemes = {
  manageToken: { type: 'http', scheme: 'bearer', description: "The registration's manage token, returned once at registration." },
  organiserKey: { type: 'http', scheme: 'bearer', description: 'An organiser API key of the event.' },
  checkInKey: { type: 'http', scheme: 'bearer', description: 'An organiser key or a door-staff key of the event (door-staff keys open the check-in route only).' },
  manageLink: { type: 'apiKey', in: 'query', name: 'token', description: 'The manage token, as in the link of every registration email.' },
  decisionLink: { type: 'apiKey', in: 'query', name: 'token', description: "A press contact's signed decision token (or as Bearer)." },
  pressStatusLink: { type: 'http', scheme: 'bearer', description: "The journalist's signed status token of one accreditation request (read only)." },
  answerLink: { type: 'apiKey', in: 'query', name: 'token', description: 'The signed answer token of one meeting request (or as Bearer).' },
  directoryLink: { type: 'http', scheme: 'bearer', description: 'The manage token, or the signed directory token of a recommendation digest link (directory, recommendations, meeting requests only).' },
  feedToken: { type: 'apiKey', in: 'query', name: 'token', description: 'The secret of an agenda feed URL.' },
} as const;

function toResponse(response: ResponseDefinition): ZodOpenApiResponseObject {
  if (!response.schema && !response.contentType) return { description: response.description };
  // A body without a schema (a PDF, a CSV export) still has its media type.
  const content = { [response.contentType ?? 'application/json']: response.schema ? { schema: response.schema() } : {} };
  for (const alternative of response.alternatives ?? []) content[alternative] = {};
  return { description: response.description, content };
}

/** One object per shared answer: zod-openapi registers a component by the identity of its object. */
const sharedResponses: Record<string, ZodOpenApiResponseObject> = {};

/**
 * The answers the HTTP wrapper (shared/http/http-handler.ts) gives for any route of this shape, around
 * its implementation: a path parameter, query, header or body that fails its schema or is not JSON
 * (400), no valid credential where the route takes one (401), a body over the limit (413) or of another
 * media type or charset (415), the database unreachable or throttling (503 with Retry-After). A route's
 * own description of a status wins; these fill in the rest, so that the document lists every status a
 * client can get (the fuzz oracle checks it, docs/fuzz.md).
 */
function wrapperResponses(route: RouteDefinition): Record<string, ZodOpenApiResponseObject> {
  const page = route.errorFormat === 'html';
  // Registered once as components (`id`) and referenced from each operation: the same four answers
  // written out in full under every operation would add a fifth to the document every client loads.
  const error = (id: string, description: string, headers?: ZodOpenApiResponseObject['headers']): ZodOpenApiResponseObject => {
    const component = page ? `${id}Page` : id;
    return (sharedResponses[component] ??= {
      ...toResponse(page ? { description, schema: () => z.string(), contentType: 'text/html' } : { description, schema: ProblemSchema, contentType: 'application/problem+json' }),
      ...(headers ? { headers } : {}),
      id: component,
    });
  };
  const { params, query, headers, body } = route.request;
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  if (params || query || headers || body) responses[400] = error('InvalidRequest', 'Invalid request: each bad path parameter, query parameter, header or body field named in errors[]');
  // The gate (shared/http/resolve-caller.ts) refuses a missing, malformed, tampered or expired credential.
  if (route.auth !== 'public') responses[401] = error('Unauthorized', 'No credential, or a malformed, tampered or expired one (docs/auth.md)');
  if (body) {
    responses[413] = error('PayloadTooLarge', `Body over ${MAX_BODY_BYTES / 1024} KB`);
    responses[415] = error('UnsupportedMediaType', 'Body not of an accepted media type, or in a charset other than UTF-8');
  }
  if (Object.keys(route.tables).length > 0) {
    responses[503] = error('ServiceUnavailable', 'The database cannot be reached or is throttling: retry after Retry-After', {
      'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer', const: RETRY_AFTER_SECONDS } },
    });
  }
  return responses;
}

function toOperation(route: RouteDefinition): ZodOpenApiOperationObject {
  const declared = Object.fromEntries(Object.entries(route.responses).map(([status, response]) => [status, toResponse(response)]));
  const bodyTypes = route.request.bodyContentTypes ?? ['application/json'];
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    tags: route.tags,
    ...(route.auth === 'public' ? {} : { security: [{ [route.auth]: [] }] }),
    requestParams: {
      ...(route.request.params ? { path: route.request.params() } : {}),
      ...(route.request.query ? { query: route.request.query() } : {}),
      ...(route.request.headers ? { header: route.request.headers() } : {}),
    },
    ...(route.request.body
      ? { requestBody: { required: true, content: Object.fromEntries(bodyTypes.map((type) => [type, { schema: route.request.body!() }])) } }
      : {}),
    responses: { ...wrapperResponses(route), ...declared },
  };
}

/** The OpenAPI 3.1 document of the given routes, generated from their zod schemas. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[], serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: toOperation(route) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Rendezvous API',
      version: '1.0.0',
      description: 'Registrations, B2B meetings, press accreditation and organiser tools for business-matchmaking events.',
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes },
    paths,
  });
}
