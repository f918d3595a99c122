import { getOpenApiDocumentRoute } from '../shared/api/routes/get-openapi-document';
import { runtimeConfig } from '../shared/config/runtime-config';
import { httpHandler } from '../shared/http/http-handler';
import { servedOpenApiDocument } from '../shared/openapi/served-document';

let document: unknown;

export const handler = httpHandler(getOpenApiDocumentRoute, async () => {
  document ??= servedOpenApiDocument(runtimeConfig().PUBLIC_BASE_URL);
  return { status: 200, body: document, headers: { 'Cache-Control': 'public, max-age=300' } };
});
