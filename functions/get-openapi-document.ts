import { routes } from '../shared/api/routes/index';
import { getOpenApiDocumentRoute } from '../shared/api/routes/get-openapi-document';
import { runtimeConfig } from '../shared/config/runtime-config';
import { httpHandler } from '../shared/http/http-handler';
import { buildOpenApiDocument } from '../shared/openapi/openapi-document';

let document: unknown;

export const handler = httpHandler(getOpenApiDocumentRoute, async () => {
  document ??= buildOpenApiDocument(routes, runtimeConfig().PUBLIC_BASE_URL);
  return { status: 200, body: document, headers: { 'Cache-Control': 'public, max-age=300' } };
});
