import { routes } from '../api/routes/index';
import { buildOpenApiDocument } from './openapi-document';

/**
 * The server URL written into shared/openapi/openapi.json; GET /openapi.json puts the deployment's
 * own URL in its place (servedOpenApiDocument).
 */
export const documentServerPlaceholder = 'https://api.example.com';

/**
 * The document GET /openapi.json serves, built from the route table. Built at development time
 * (`npm run web:types` writes it to openapi.json), not in the Lambda: building it takes zod
 * classic whole and zod-openapi (450 KB of bundle) for a document that only changes with the code.
 * test/api/openapi-file.test.ts fails when the file is stale.
 */
export const publishedOpenApiDocument = () => buildOpenApiDocument(routes, documentServerPlaceholder);
