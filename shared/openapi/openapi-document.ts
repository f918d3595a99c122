import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { RouteDefinition } from '../http/route-definition';

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

function toOperation(route: RouteDefinition): ZodOpenApiOperationObject {
  const bodyTypes = route.request.bodyContentTypes ?? ['application/json'];
  return {
    operationId: route.operationId,
    summary: route.summary,
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
    responses: Object.fromEntries(
      Object.entries(route.responses).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.schema ? { content: { [response.contentType ?? 'application/json']: { schema: response.schema() } } } : {}),
        },
      ]),
    ),
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
