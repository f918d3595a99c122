import { createHash } from 'node:crypto';
import { routes } from '../../shared/api/routes/index';
import { buildOpenApiDocument } from '../../shared/openapi/openapi-document';

/** The API as the web app sees it: the route table's document, served under the `/api` prefix. */
export const webApiDocument = () => buildOpenApiDocument(routes, '/api');

export const apiDocumentHash = (document: unknown) => createHash('sha256').update(JSON.stringify(document)).digest('hex');

/** The hash recorded on the first line of the generated types. */
export function recordedHash(generatedTypes: string): string | undefined {
  return /^\/\/ openapi-document-sha256: ([0-9a-f]{64})/.exec(generatedTypes)?.[1];
}
