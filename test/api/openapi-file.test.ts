import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedOpenApiDocument } from '../../shared/openapi/published-document';
import { documentedPaths } from '../../shared/openapi/served-document';
import { routes } from '../../shared/api/routes/index';

describe('shared/openapi/openapi.json (what GET /openapi.json serves)', () => {
  it('is the document of the current route table (else run `npm run web:types`)', () => {
    const file = JSON.parse(readFileSync(new URL('../../shared/openapi/openapi.json', import.meta.url), 'utf8')) as unknown;
    expect(file).toEqual(JSON.parse(JSON.stringify(publishedOpenApiDocument())));
  });

  it('gives the catch-all every method and path of the route table', () => {
    const documented = documentedPaths().flatMap(({ template, methods }) => methods.map((method) => `${method} ${template}`));
    expect(documented.sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });
});
