import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod/mini';
import type { LazySchema } from '../openapi/lazy-schema';
import { safeValidate } from '../validation';
import { problems, type FieldError } from './problem';
import type { RouteDefinition } from './route-definition';

/** The documented limit on request bodies; API Gateway's own 10 MB limit is far above it. */
export const MAX_BODY_BYTES = 64 * 1024;

type Infer<S> = S extends LazySchema<infer T> ? z.output<T> : undefined;

/**
 * A body left to the implementation (`bodyValidatedBy: 'implementation'`): the parsed JSON, and the
 * errors already found in the query and headers, which `validateBody` names with the body's own and
 * the ones found against stored data, in one 400. The implementation reads the query and headers
 * only after `validateBody`: they are undefined when `errors` names them.
 */
export interface DeferredBody {
  readonly value: unknown;
  readonly errors: readonly FieldError[];
}

/** The body as the implementation receives it: validated, or parsed JSON left to `validateBody`. */
type BodyOf<R extends RouteDefinition> = R['request'] extends { bodyValidatedBy: 'implementation' } ? DeferredBody : Infer<R['request']['body']>;
/** The query as the implementation receives it: validated, or as sent, left to `validateQuery` (with the path's and headers' errors). */
type QueryOf<R extends RouteDefinition> = R['request'] extends { queryValidatedBy: 'implementation' } ? DeferredBody : Infer<R['request']['query']>;

export interface ParsedRequest<R extends RouteDefinition> {
  params: Infer<R['request']['params']>;
  query: QueryOf<R>;
  body: BodyOf<R>;
  /** The headers the route declares, validated. */
  declaredHeaders: Infer<R['request']['headers']>;
  /** Every header, names in lower case. */
  headers: Record<string, string>;
  requestId: string;
}

export function lowerCaseHeaders(headers: APIGatewayProxyEvent['headers'] | null): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) result[name.toLowerCase()] = value;
  return result;
}

const fieldPath = (prefix: string, path: readonly PropertyKey[]) => [prefix, ...path.map(String)].filter((part) => part !== '').join('.') || '(body)';

/**
 * The unknown keys zod names in one issue at their object (`Unrecognized keys: "x", "y"`) are each named at
 * their own path, "is not a known field" unless the schema words it ("is not a field of action decline").
 */
const unknownFieldMessage = (issue: z.core.$ZodIssueUnrecognizedKeys) => (/^Unrecognized keys?:/.test(issue.message) ? 'is not a known field' : issue.message);

/** zod's issues as the field errors of a problem, each path under `prefix` (`query`, `path`, '' for the body). */
export function issuesToFieldErrors(issues: z.core.$ZodIssue[], prefix: string): FieldError[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: fieldPath(prefix, [...issue.path, key]), message: unknownFieldMessage(issue) }))
      : [{ path: fieldPath(prefix, issue.path), message: issue.message }],
  );
}

function validate<S extends LazySchema | undefined>(schema: S, value: unknown, prefix: string, errors: FieldError[]): Infer<S> {
  if (schema === undefined) return undefined as Infer<S>;
  const result = safeValidate(schema(), value);
  if (result.success) return result.data as Infer<S>;
  errors.push(...issuesToFieldErrors(result.error.issues, prefix));
  return undefined as Infer<S>;
}

function mediaTypeOf(headers: Record<string, string>): string | undefined {
  return headers['content-type']?.split(';')[0]?.trim().toLowerCase();
}

/** The `charset` parameter of the content type, lower case, when one is given. */
function charsetOf(headers: Record<string, string>): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(headers['content-type'] ?? '')?.[1]?.toLowerCase();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeBody(event: APIGatewayProxyEvent): string {
  if (event.body === null || event.body === undefined) return '';
  if (!event.isBase64Encoded) return event.body;
  try {
    return utf8.decode(Buffer.from(event.body, 'base64'));
  } catch {
    throw problems.malformedJson('The body is not valid UTF-8.');
  }
}

/**
 * Whether every string (and key) in a parsed JSON value is well-formed UTF-16: JSON may spell a
 * lone surrogate (`"\ud800"`), which no UTF-8 store or email can hold.
 */
function isWellFormedJson(root: unknown): boolean {
  // A loop, not recursion: a body of 5,000 nested arrays must be a 400, not a stack overflow.
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return false;
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (!key.isWellFormed()) return false;
        pending.push(item);
      }
    }
  }
  return true;
}

function parseJson(raw: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw problems.malformedJson(error instanceof Error ? error.message : 'The body is not valid JSON.');
  }
  if (!isWellFormedJson(parsed)) throw problems.malformedJson('The body holds a lone UTF-16 surrogate (e.g. "\\ud800"); send text only.');
  return parsed;
}

function readBody(route: RouteDefinition, event: APIGatewayProxyEvent, headers: Record<string, string>): unknown {
  const accepted = route.request.bodyContentTypes ?? ['application/json'];
  // Bodies are read as UTF-8 only (JSON is UTF-8 by RFC 8259); another charset would be misread.
  const charset = charsetOf(headers);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') throw problems.unsupportedMediaType(accepted);
  const raw = decodeBody(event);
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) throw problems.payloadTooLarge(MAX_BODY_BYTES);
  const mediaType = mediaTypeOf(headers);
  if (mediaType === undefined || !accepted.includes(mediaType)) throw problems.unsupportedMediaType(accepted);
  if (mediaType === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw));
  // A UTF-8 byte order mark is ignored, as RFC 8259 (section 8.1) lets a parser do: editors and shells on
  // Windows write one (PowerShell 5's `-Encoding UTF8`, Notepad), and `curl -d @file.json` sends it. It was a
  // 400 whose detail quoted the invisible character ("Unexpected token '\ufeff'"), found by the outside probe.
  const json = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
  if (json.trim() === '') throw problems.malformedJson('The body is empty; send a JSON object.');
  return parseJson(json);
}

/**
 * The route's query parameters given more than once with different values (`?erase=true&erase=false`): each
 * parameter of this API is one value, and API Gateway would hand the route the last one, which the caller may
 * not have meant (third outside probe: that request cancelled without erasing). The same value twice passes,
 * and so do parameters the route does not read, which are ignored like any unknown parameter.
 */
function repeatedQueryErrors(route: RouteDefinition, event: APIGatewayProxyEvent): FieldError[] {
  const declared = route.request.query === undefined ? {} : route.request.query().shape;
  return Object.entries(event.multiValueQueryStringParameters ?? {}).flatMap(([name, values]) =>
    Object.hasOwn(declared, name) && new Set(values).size > 1 ? [{ path: `query.${name}`, message: `Given ${values?.length} times with different values; give it once.` }] : [],
  );
}

const takesNoBody = 'This route takes no body, so this would not be read.';

/**
 * What a route that reads no body was sent anyway, as field errors: each key of a JSON object at its own
 * path, anything else as `(body)`. Ignoring it would hide a mistake with consequences: `{"erase": true}` on
 * `DELETE /registrations/{id}` (which takes `?erase=true`) cancelled without erasing (third outside probe).
 * An empty body and `{}`, what generic clients send with a POST, pass.
 */
function unreadBodyErrors(event: APIGatewayProxyEvent): FieldError[] {
  let text: string;
  try {
    text = decodeBody(event).replace(/^\ufeff/, '').trim();
  } catch {
    return [{ path: '(body)', message: takesNoBody }];
  }
  if (text === '') return [];
  let parsed: unknown;
  try {
    parsed = Buffer.byteLength(text, 'utf8') <= MAX_BODY_BYTES ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [{ path: '(body)', message: takesNoBody }];
  return Object.keys(parsed).map((key) => ({ path: key, message: takesNoBody }));
}

/**
 * Checks the path parameters alone, before the gate: a credential check looks its resource up by
 * the path's id, and an id the route's schema refuses (5,000 characters, say) names no resource
 * and must not reach storage. The patterns are public (OpenAPI), so answering 400 before 401 tells
 * an anonymous caller nothing.
 */
export function validatePathParameters(route: RouteDefinition, event: APIGatewayProxyEvent): void {
  const errors: FieldError[] = [];
  validate(route.request.params, event.pathParameters ?? {}, 'path', errors);
  if (errors.length > 0) throw problems.validation(errors);
}

/** Checks size, media type and syntax, then validates path, query and body against the route's schemas. */
export function parseRequest<R extends RouteDefinition>(route: R, event: APIGatewayProxyEvent, requestId: string): ParsedRequest<R> {
  const headers = lowerCaseHeaders(event.headers);
  const rawBody = route.request.body === undefined ? undefined : readBody(route, event, headers);
  const errors: FieldError[] = [...(route.request.body === undefined ? unreadBodyErrors(event) : []), ...repeatedQueryErrors(route, event)];
  const params = validate(route.request.params, event.pathParameters ?? {}, 'path', errors);
  const rawQuery = event.queryStringParameters ?? {};
  const declaredHeaders = validate(route.request.headers, headers, 'header', errors);
  if (route.request.queryValidatedBy === 'implementation') {
    const query: DeferredBody = { value: rawQuery, errors };
    return { params, query, body: undefined, declaredHeaders, headers, requestId } as ParsedRequest<R>;
  }
  const query = validate(route.request.query, rawQuery, 'query', errors);
  // A deferred body waits for what it refers to (the event: 404 before any 400), and so do the errors
  // of the query and headers, so that one 400 names them with the body's fields the event refuses.
  if (route.request.bodyValidatedBy === 'implementation') {
    const body: DeferredBody = { value: rawBody, errors };
    return { params, query, body, declaredHeaders, headers, requestId } as ParsedRequest<R>;
  }
  const body = validate(route.request.body, rawBody, '', errors);
  if (errors.length > 0) throw problems.validation(errors);
  return { params, query, body, declaredHeaders, headers, requestId } as ParsedRequest<R>;
}

/**
 * Validates a body the route left to its implementation (`bodyValidatedBy: 'implementation'`),
 * adding the query's and headers' errors and `moreErrors` (found against stored data) so that one 400
 * names every bad field. `alongside` are errors named only when the request is refused for another
 * reason: alone, the implementation refuses them with a problem type of its own (a malformed ticket
 * code is `invalid-ticket-code`, which the door's scanner explains).
 */
export function validateBody<R extends RouteDefinition>(
  route: R,
  body: DeferredBody,
  moreErrors: readonly FieldError[] = [],
  alongside: readonly FieldError[] = [],
): Infer<R['request']['body']> {
  return validateDeferred(route.request.body, body, '', moreErrors, alongside) as Infer<R['request']['body']>;
}

/**
 * Validates a query the route left to its implementation (`queryValidatedBy: 'implementation'`), adding the
 * path's and headers' errors and `moreErrors` (found against the event, paths `query.…`) in one 400.
 */
export function validateQuery<R extends RouteDefinition>(route: R, query: DeferredBody, moreErrors: readonly FieldError[] = []): Infer<R['request']['query']> {
  return validateDeferred(route.request.query, query, 'query', moreErrors) as Infer<R['request']['query']>;
}

function validateDeferred(schema: LazySchema | undefined, deferred: DeferredBody, prefix: string, moreErrors: readonly FieldError[], alongside: readonly FieldError[] = []): unknown {
  const errors: FieldError[] = [...deferred.errors];
  const validated = validate(schema, deferred.value, prefix, errors);
  const known = new Set(errors.map((error) => error.path));
  errors.push(...moreErrors.filter((error) => !known.has(error.path)));
  if (errors.length > 0) throw problems.validation([...errors, ...alongside.filter((error) => !known.has(error.path))]);
  return validated;
}
