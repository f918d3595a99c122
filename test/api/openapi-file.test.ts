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

describe('the document lists every answer the HTTP wrapper gives (found by the outside probe)', () => {
  type Response = { content?: Record<string, unknown>; headers?: Record<string, unknown>; $ref?: string };
  const operations = () => {
    const document = publishedOpenApiDocument() as unknown as {
      paths: Record<string, Record<string, { operationId: string; responses: Record<string, Response> }>>;
      components: { responses: Record<string, Response> };
    };
    const resolve = (response: Response) => (response.$ref ? document.components.responses[response.$ref.split('/').at(-1)!]! : response);
    return new Map(
      Object.values(document.paths).flatMap((item) =>
        Object.values(item).map((operation) => [operation.operationId, Object.fromEntries(Object.entries(operation.responses).map(([status, response]) => [status, resolve(response)]))] as const),
      ),
    );
  };

  it('400 wherever a path, query, header or body is validated; 401 wherever a credential is required; 413 and 415 wherever there is a body; 503 with Retry-After wherever a table is read', () => {
    const responses = operations();
    for (const route of routes) {
      const declared = responses.get(route.operationId)!;
      const { params, query, headers, body } = route.request;
      if (params || query || headers || body) expect(declared[400], `${route.operationId} 400`).toBeDefined();
      if (body) expect([declared[413], declared[415]], `${route.operationId} 413/415`).not.toContain(undefined);
      if (Object.keys(route.tables).length > 0) expect(declared[503], `${route.operationId} 503`).toBeDefined();
    }
    // Without a credential the gate answers 401 on every route that takes one (the manage page and the
    // agenda feed did not declare it).
    for (const route of routes.filter((candidate) => candidate.auth !== 'public')) expect(responses.get(route.operationId)![401], `${route.operationId} 401`).toBeDefined();
    expect(Object.keys(responses.get('getManagePage')![401]!.content!)).toEqual(['text/html']);
    // Pages for people answer their errors as HTML, the API as problem+json.
    expect(Object.keys(responses.get('getManagePage')![400]!.content!)).toEqual(['text/html']);
    expect(Object.keys(responses.get('getRegistration')![400]!.content!)).toEqual(['application/problem+json']);
    expect(responses.get('getRegistration')![503]!.headers).toHaveProperty('Retry-After');
  });

  it('a body without a schema keeps its media type: the badges are application/pdf', () => {
    expect(Object.keys(operations().get('getBadges')![200]!.content!)).toEqual(['application/pdf']);
  });

  it('the admin lists declare the exports their Accept header chooses: CSV, and the registrations an Excel workbook', () => {
    const responses = operations();
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const accepting = routes.filter((route) => route.request.headers && 'accept' in route.request.headers().shape).map((route) => route.operationId);
    expect(accepting.sort()).toEqual(['listAdminConfirmations', 'listAdminMeetings', 'listAdminPressAccreditations', 'listAdminRegistrations']);
    for (const operationId of accepting) {
      const expected = operationId === 'listAdminRegistrations' ? ['application/json', 'text/csv', xlsx] : ['application/json', 'text/csv'];
      expect(Object.keys(responses.get(operationId)![200]!.content!), operationId).toEqual(expected);
    }
  });
});
