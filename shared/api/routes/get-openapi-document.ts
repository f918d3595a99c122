import * as z from 'zod/mini';
import { defineRoute } from '../../http/route-definition';

export const getOpenApiDocumentRoute = defineRoute({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/openapi.json',
  auth: 'public',
  summary: 'This API described as OpenAPI 3.1',
  tags: ['meta'],
  request: {},
  responses: { 200: { description: 'The OpenAPI document', schema: () => z.record(z.string(), z.unknown()) } },
  tables: {},
});
