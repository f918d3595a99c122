import { ulid } from 'ulid';
import { hostileStrings } from './hostile-values';
import type { RandomSource } from './random-source';
import { SchemaValues, type JsonSchema } from './schema-values';

/** What the fuzzer needs to get past the gate: one event, its organiser key, one registration. */
export interface FuzzCredentials {
  eventId: string;
  organiserKey: string;
  registrationId: string;
  manageToken: string;
  /**
   * Another event of the same stack, with its key, for the operations that change an event's
   * settings (PUT/PATCH /admin/events/{eventId}): a fuzzed "closed" or "capacity 0" there must not
   * stop the main event from accepting registrations for the rest of the run.
   */
  settingsEvent: { eventId: string; organiserKey: string };
}

export interface FuzzOperation {
  operationId: string;
  method: string;
  /** The path template, e.g. /events/{eventId}. */
  path: string;
  security?: string;
  parameters: { in: 'path' | 'query' | 'header'; name: string; schema: JsonSchema }[];
  bodyTypes: string[];
  bodySchema?: JsonSchema;
  /** A page for people (HTML answers, errors included), not a JSON operation. */
  isPage: boolean;
  /** The statuses the document declares, each with its media types (none for a response without a body). */
  responses: Record<string, string[]>;
}

export interface FuzzRequest {
  operationId: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /** How the body was made (valid, mutated, raw-…), for the summary. */
  bodyKind: string;
}

interface OpenApiDocument {
  paths?: Record<
    string,
    Record<string, { operationId?: string; security?: Record<string, unknown>[]; parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, OpenApiResponse> }>
  >;
  components?: { schemas?: Record<string, JsonSchema>; responses?: Record<string, OpenApiResponse> };
}

type OpenApiResponse = { content?: Record<string, unknown>; $ref?: string };

/** Every operation of an OpenAPI document, flattened to what the generator needs. */
export function operationsOf(openApiDocument: object): FuzzOperation[] {
  const document = openApiDocument as OpenApiDocument;
  // Answers shared by many operations are components (`#/components/responses/<name>`).
  const resolve = (response: OpenApiResponse): OpenApiResponse => (response.$ref ? document.components?.responses?.[response.$ref.split('/').at(-1)!] ?? {} : response);
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => {
      const responses = Object.entries(operation.responses ?? {}).map(([status, response]) => [status, resolve(response)] as const);
      const content = (operation.requestBody as { content?: Record<string, { schema: JsonSchema }> } | undefined)?.content ?? {};
      const bodyTypes = Object.keys(content);
      return {
        operationId: operation.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        ...(operation.security?.[0] ? { security: Object.keys(operation.security[0])[0]! } : {}),
        parameters: (operation.parameters ?? []) as FuzzOperation['parameters'],
        bodyTypes,
        isPage: responses.some(([, response]) => Object.keys(response.content ?? {}).includes('text/html')),
        responses: Object.fromEntries(responses.map(([status, response]) => [status, Object.keys(response.content ?? {})])),
        ...(bodyTypes[0] ? { bodySchema: content[bodyTypes[0]]!.schema } : {}),
      };
    }),
  );
}

const megabyteAndAHalf = 1_572_864;

/** Builds one request per call: mostly well-formed with valid credentials, each part sometimes hostile. */
export class RequestGenerator {
  private readonly values: SchemaValues;

  constructor(
    private readonly random: RandomSource,
    document: object,
    private readonly credentials: FuzzCredentials,
    /** Known-valid bodies by operationId: patterns the schema generator cannot invert. */
    private readonly validBodies: Record<string, () => unknown> = {},
  ) {
    this.values = new SchemaValues(random, (document as OpenApiDocument).components?.schemas ?? {});
  }

  /** While building a well-formed request: every part valid, nothing hostile, nothing left out. */
  private wellFormed = false;

  /** `wellFormed`: valid parameters, credentials and body (the runner's first request per operation). */
  next(operation: FuzzOperation, options: { wellFormed?: boolean } = {}): FuzzRequest {
    this.wellFormed = options.wellFormed ?? false;
    const credentials = changesEventSettings(operation) ? { ...this.credentials, ...this.credentials.settingsEvent } : this.credentials;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    let path = operation.path;
    for (const parameter of operation.parameters) {
      const value = this.parameterValue(parameter.name, parameter.schema, credentials);
      if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodePathValue(value));
      else if (parameter.in === 'query' && this.sometimes(0.6)) query.append(parameter.name, value);
      else if (parameter.in === 'header' && this.sometimes(0.5) && isHeaderSafe(value)) headers[parameter.name] = value;
    }
    if (!this.wellFormed && this.random.chance(0.15)) query.append(this.random.pick(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'cursor']), this.random.pick(hostileStrings));
    this.addCredentials(operation, headers, query, credentials);
    const search = query.toString();
    const request: FuzzRequest = { operationId: operation.operationId, method: operation.method, path: search ? `${path}?${search}` : path, headers, bodyKind: 'none' };
    if (operation.bodyTypes.length > 0 || this.random.chance(0.05)) this.addBody(operation, request);
    return request;
  }

  private parameterValue(name: string, schema: JsonSchema, credentials: FuzzCredentials): string {
    if (!this.wellFormed && this.random.chance(0.2)) return this.random.pick(hostileStrings);
    if (name === 'eventId') return credentials.eventId;
    if (name === 'registrationId') return credentials.registrationId;
    if (/Id$/.test(name)) return ulid();
    if (name === 'token') return credentials.manageToken;
    return String(this.values.valueFor(schema));
  }

  private addCredentials(operation: FuzzOperation, headers: Record<string, string>, query: URLSearchParams, credentials: FuzzCredentials): void {
    const roll = this.wellFormed ? 1 : this.random.next();
    if (roll < 0.05) return; // no credential at all
    const secret = roll < 0.12 ? this.random.pick(['', 'x', 'Bearer', '\u00e9t\u00e9', '__proto__']) : secretFor(operation.security, credentials);
    if (operation.security?.endsWith('Link') || operation.security === 'feedToken') {
      if (!query.has('token')) query.set('token', secret);
    } else if (operation.security || this.random.chance(0.1)) {
      headers.authorization = `Bearer ${secret}`;
    }
  }

  private addBody(operation: FuzzOperation, request: FuzzRequest): void {
    const contentType = operation.bodyTypes[0] ?? 'application/json';
    const valid = this.validBodies[operation.operationId]?.() ?? (operation.bodySchema ? this.values.valueFor(operation.bodySchema) : {});
    const roll = this.wellFormed ? 0 : this.random.next();
    if (roll < 0.35) return this.setBody(request, contentType, valid, 'valid');
    if (roll < 0.75) return this.setBody(request, contentType, this.values.mutate(valid), 'mutated');
    this.addRawBody(request, valid);
  }

  /** An optional part included with this probability, always in a well-formed request. */
  private sometimes(probability: number): boolean {
    return this.wellFormed || this.random.chance(probability);
  }

  private setBody(request: FuzzRequest, contentType: string, value: unknown, kind: string): void {
    request.bodyKind = kind;
    request.headers['content-type'] = contentType;
    request.body =
      contentType === 'application/x-www-form-urlencoded'
        ? new URLSearchParams(Object.entries((value ?? {}) as Record<string, unknown>).map(([key, item]) => [key, String(item)])).toString()
        : JSON.stringify(value);
  }

  /** Wrong content types and charsets, broken JSON, lone surrogates, Latin-1 bytes, a body too big. */
  private addRawBody(request: FuzzRequest, valid: unknown): void {
    const json = JSON.stringify(valid) ?? '{}';
    const kinds: [string, string, string | Uint8Array<ArrayBuffer>][] = [
      ['raw-text-plain', 'text/plain', json],
      ['raw-xml', 'application/xml', '<registration/>'],
      ['raw-latin1-charset', 'application/json; charset=iso-8859-1', json],
      ['raw-latin1-bytes', 'application/json', Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0xff, 0x22, 0x7d])],
      ['raw-lone-surrogate', 'application/json', json.replace(/"([^"]*)"/, '"\\ud800$1"')],
      ['raw-broken-json', 'application/json', json.slice(0, Math.max(1, json.length - 3))],
      ['raw-empty', 'application/json', ''],
      ['raw-huge', 'application/json', JSON.stringify({ padding: 'x'.repeat(megabyteAndAHalf) })],
      ['raw-deep', 'application/json', '['.repeat(5_000) + ']'.repeat(5_000)],
      ['raw-no-content-type', '', json],
      ['raw-multipart', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
    ];
    const [kind, contentType, body] = this.random.pick(kinds);
    request.bodyKind = kind;
    if (contentType) request.headers['content-type'] = contentType;
    request.body = body;
  }
}

/** fetch refuses header values outside Latin-1 or with line breaks: such values go to the query instead. */
const isHeaderSafe = (value: string) => /^[\x20-\x7e]*$/.test(value);

/** encodeURIComponent throws on a lone surrogate: send its UTF-8-like bytes (%ED%A0%80), which no decoder accepts. */
const encodePathValue = (value: string) =>
  value.isWellFormed() ? encodeURIComponent(value) : value.split(/([\ud800-\udfff])/).map((part) => (/^[\ud800-\udfff]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part))).join('');

const secretFor = (security: string | undefined, credentials: FuzzCredentials) =>
  security === 'organiserKey' || security === 'checkInKey' ? credentials.organiserKey : credentials.manageToken;

const changesEventSettings = (operation: FuzzOperation) => operation.path === '/admin/events/{eventId}' && operation.method !== 'GET';
