import type { APIGatewayProxyEvent } from 'aws-lambda';
import type * as z from 'zod';
import { problems, type FieldError } from './problem';
import type { RouteDefinition } from './route-definition';

/** The documented limit on request bodies; API Gateway's own 10 MB limit is far above it. */
export const MAX_BODY_BYTES = 64 * 1024;

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface ParsedRequest<R extends RouteDefinition> {
  params: Infer<R['request']['params']>;
  query: Infer<R['request']['query']>;
  body: Infer<R['request']['body']>;
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

function issuesToFieldErrors(issues: z.core.$ZodIssue[], prefix: string): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.') || '(body)',
    message: issue.message,
  }));
}

function validate<S extends z.ZodType | undefined>(schema: S, value: unknown, prefix: string, errors: FieldError[]): Infer<S> {
  if (schema === undefined) return undefined as Infer<S>;
  const result = schema.safeParse(value);
  if (result.success) return result.data as Infer<S>;
  errors.push(...issuesToFieldErrors(result.error.issues, prefix));
  return undefined as Infer<S>;
}

function mediaTypeOf(headers: Record<string, string>): string | undefined {
  return headers['content-type']?.split(';')[0]?.trim().toLowerCase();
}

function decodeBody(event: APIGatewayProxyEvent): string {
  if (event.body === null || event.body === undefined) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

function readBody(route: RouteDefinition, event: APIGatewayProxyEvent, headers: Record<string, string>): unknown {
  const accepted = route.request.bodyContentTypes ?? ['application/json'];
  const raw = decodeBody(event);
  if (Buffer.byteLength(raw, 'utf8') > MAX_BODY_BYTES) throw problems.payloadTooLarge(MAX_BODY_BYTES);
  const mediaType = mediaTypeOf(headers);
  if (mediaType === undefined || !accepted.includes(mediaType)) throw problems.unsupportedMediaType(accepted);
  if (mediaType === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(raw));
  if (raw.trim() === '') throw problems.malformedJson('The body is empty; send a JSON object.');
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw problems.malformedJson(error instanceof Error ? error.message : 'The body is not valid JSON.');
  }
}

/** Checks size, media type and syntax, then validates path, query and body against the route's schemas. */
export function parseRequest<R extends RouteDefinition>(route: R, event: APIGatewayProxyEvent, requestId: string): ParsedRequest<R> {
  const headers = lowerCaseHeaders(event.headers);
  const rawBody = route.request.body === undefined ? undefined : readBody(route, event, headers);
  const errors: FieldError[] = [];
  const params = validate(route.request.params, event.pathParameters ?? {}, 'path', errors);
  const query = validate(route.request.query, event.queryStringParameters ?? {}, 'query', errors);
  const declaredHeaders = validate(route.request.headers, headers, 'header', errors);
  const body = validate(route.request.body, rawBody, '', errors);
  if (errors.length > 0) throw problems.validation(errors);
  return { params, query, body, declaredHeaders, headers, requestId } as ParsedRequest<R>;
}
