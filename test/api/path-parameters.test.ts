import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../shared/api/routes/index';
import type { RouteDefinition } from '../../shared/http/route-definition';
import { buildOpenApiDocument } from '../../shared/openapi/openapi-document';
import { feedTokenFor } from '../../shared/security/feed-token';
import { organiserKey } from '../organisers/admin-support';
import { register } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/**
 * Issue 19's fuzz run: a 5,000-character `{registrationId}` reached DynamoDB (whose keys hold at most
 * 2,048 bytes) through the gate's credential check, and the ValidationException became a 500.
 * Every path parameter of every route, oversized or malformed, must be a 4xx problem, with the
 * credential that would otherwise get the request furthest.
 */
const event = testEvent();
let app: TestApp;
let credentials: { organiserKey: string; manageToken: string; feedToken: string; registrationId: string };

beforeAll(async () => {
  app = await startTestApp([event]);
  const { json } = await register(app, event.id);
  credentials = { organiserKey: await organiserKey(event.id), manageToken: json.manageToken, feedToken: await feedTokenFor(json.registrationId, 0), registrationId: json.registrationId };
});
afterAll(() => app?.stop());

const parameterNames = (route: RouteDefinition) => [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);

/** Percent-escapes that decode to no text (a lone surrogate): written into the path as they are. */
const undecodable = 'a%ED%A0%80b';

/** A path for the route with `name` set to `value` and the other parameters to the run's own resources. */
function pathWith(route: RouteDefinition, name: string, value: string): string {
  const own: Record<string, string> = { eventId: event.id, registrationId: credentials.registrationId };
  const written = (text: string) => (text === undecodable ? text : encodeURIComponent(text));
  return route.path.replace(/\{(\w+)\}/g, (_, parameter: string) => written(parameter === name ? value : (own[parameter] ?? '01ARZ3NDEKTSV4RRFFQ69G5FAV')));
}

/** A body that gets past the media-type check, so that the request reaches what reads the path. */
function bodyFor(route: RouteDefinition): { rawBody?: string; headers: Record<string, string> } {
  if (route.request.body === undefined) return { headers: {} };
  if (route.request.bodyContentTypes?.[0] === 'application/x-www-form-urlencoded') return { rawBody: 'action=cancel', headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  return { rawBody: '{}', headers: { 'content-type': 'application/json' } };
}

function credentialFor(route: RouteDefinition): { headers: Record<string, string>; query: string } {
  if (route.auth === 'organiserKey') return { headers: { authorization: `Bearer ${credentials.organiserKey}` }, query: '' };
  const token = route.auth === 'feedToken' ? credentials.feedToken : credentials.manageToken;
  return { headers: { authorization: `Bearer ${credentials.manageToken}` }, query: `?token=${encodeURIComponent(token)}` };
}

const hostileIds = {
  // Characters of the ULID and event-id alphabets: only the length is wrong.
  'a 5,000-character id': 'A'.repeat(5_000),
  'a 3,000-character event-like id': 'a'.repeat(3_000),
  'an id with a space and a slash': 'x y/z',
  // Found by the fuzz run: such a path matched no route, and a link's HTML route answered a JSON 404.
  'an id whose escapes decode to no text': undecodable,
};

describe('path parameters', () => {
  it('declare a maximum length in the OpenAPI document (clients and API Gateway see the bound)', () => {
    const document = buildOpenApiDocument(routes, '') as unknown as { paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema: { maxLength?: number; pattern?: string } }[] }>> };
    const unbounded = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.values(item).flatMap((operation) =>
        (operation.parameters ?? []).filter((parameter) => parameter.in === 'path' && !(parameter.schema.maxLength !== undefined && parameter.schema.maxLength <= 64 && parameter.schema.pattern)).map((parameter) => `${path} ${parameter.name}`),
      ),
    );
    expect(unbounded).toEqual([]);
  });

  for (const route of routes.filter((candidate) => parameterNames(candidate).length > 0)) {
    for (const name of parameterNames(route)) {
      it(`${route.method} ${route.path}: a malformed {${name}} is a 4xx problem, never a 5xx`, async () => {
        for (const [what, value] of Object.entries(hostileIds)) {
          const { headers, query } = credentialFor(route);
          const body = bodyFor(route);
          const response = await app.request(route.method, pathWith(route, name, value) + query, { ...body, headers: { ...headers, ...body.headers } });
          const text = await response.text();
          expect(response.status >= 400 && response.status < 500, `${what}: ${response.status} ${text.slice(0, 200)}`).toBe(true);
          const contentType = response.headers.get('content-type') ?? '';
          expect(contentType, what).toContain(route.errorFormat === 'html' ? 'text/html' : 'application/problem+json');
        }
      });
    }
  }

  it('names the oversized registration id in a 400 problem even with a valid manage token', async () => {
    const response = await app.request('GET', `/registrations/${'A'.repeat(5_000)}`, { headers: { authorization: `Bearer ${credentials.manageToken}` } });
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).errors).toEqual([{ path: 'path.registrationId', message: expect.any(String) }]);
  });
});
