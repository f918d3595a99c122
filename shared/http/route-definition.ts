import type * as z from 'zod/mini';
import type { LazySchema } from '../openapi/lazy-schema';
import type { TableName } from '../storage/tables';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Who may call a route; the HTTP wrapper checks it before the handler runs (shared/http/resolve-caller.ts)
 * and hands the handler the matching caller (shared/http/caller.ts). docs/auth.md lists scopes and lifetimes.
 * - `public`: anyone;
 * - `manageToken`: the attendee holding the registration's manage token (Bearer);
 * - `manageLink`: the manage token in the link of a registration email (query `token`);
 * - `organiserKey`: an organiser API key of the event in the path (Bearer, checked by the authorizer);
 * - `decisionLink`: a press contact's signed decision token (query `token` or Bearer);
 * - `pressStatusLink`: the journalist's signed status token of one accreditation request (Bearer or query `token`): read it, nothing else;
 * - `answerLink`: the signed answer token of one meeting request and its recipient (query `token` or Bearer);
 * - `directoryLink`: the manage token (Bearer), or the signed directory token of a recommendation digest link
 *   (Bearer): the directory, one's recommendations and meeting requests as that participant, nothing else;
 * - `feedToken`: the secret of a participant's agenda feed URL (query `token`);
 * - `checkInKey`: an organiser key or a door-staff key of the event in the path (Bearer, checked by the same
 *   authorizer); a door-staff key opens these routes only (docs/check-in.md).
 */
export type AuthKind = 'public' | 'manageToken' | 'manageLink' | 'organiserKey' | 'decisionLink' | 'pressStatusLink' | 'answerLink' | 'directoryLink' | 'feedToken' | 'checkInKey';

/** Kinds whose key API Gateway's organiser authorizer checks before the function runs. */
export const behindOrganiserAuthorizer = (auth: AuthKind): boolean => auth === 'organiserKey' || auth === 'checkInKey';

export type TableAccess = 'read' | 'readWrite';

export interface ResponseDefinition {
  description: string;
  /**
   * Read by the OpenAPI document only, so behind a function a Lambda never calls: its zod objects
   * are not built at cold start (named ones with `lazySchema`, shared/openapi/lazy-schema.ts).
   */
  schema?: () => z.ZodMiniType;
  contentType?: string;
  /** Other media types of the same answer, chosen with `Accept` (an export as CSV): listed without a schema. */
  alternatives?: readonly string[];
}

export interface RouteDefinition {
  /** Unique, camelCase: the OpenAPI operationId and the stem of the Lambda's construct id. */
  operationId: string;
  method: HttpMethod;
  /** API Gateway path template, e.g. `/events/{eventId}`. */
  path: string;
  auth: AuthKind;
  summary: string;
  /** The OpenAPI operation's description: what the summary cannot say in one line. */
  description?: string;
  tags: string[];
  /**
   * The request's schemas, each behind a function (`lazySchema`: built on first call and kept) so
   * that loading a route builds none of them: its first request builds its own, and the routes a
   * cold start does not serve never do (docs/deployment.md, "Schemas by what a cold start needs").
   */
  request: {
    params?: LazySchema<z.ZodMiniObject>;
    query?: LazySchema<z.ZodMiniObject>;
    /** Headers the route reads, keyed in lower case. */
    headers?: LazySchema<z.ZodMiniObject>;
    body?: LazySchema;
    /** Media types accepted for the body; defaults to JSON when a body schema is given. */
    bodyContentTypes?: string[];
    /**
     * `implementation`: the body is checked for size, media type and syntax only, and the
     * implementation validates it with `validateBody` once it has loaded what the body refers to
     * (the event), so that an unknown event is a 404 and not a list of field errors, and the
     * fields the event refuses (unknown sector ids…) come in the same 400 as the others.
     */
    bodyValidatedBy?: 'implementation';
    /**
     * `implementation`: the query is validated by the implementation with `validateQuery` once it has
     * loaded the event, so that values the event refuses (a sector it does not have) come in the same
     * 400 as the query's other bad fields. For routes without a body.
     */
    queryValidatedBy?: 'implementation';
  };
  responses: Record<number, ResponseDefinition>;
  /** Least privilege: the tables this function touches, and how. */
  tables: Partial<Record<TableName, TableAccess>>;
  /** Pages for people (links in emails) answer errors as a plain HTML page instead of problem+json. */
  errorFormat?: 'problem' | 'html';
  /** Whether the function signs or verifies tokens (it then may read the signing secret). */
  usesSigningSecret?: boolean;
  /** A route that computes (the scheduler): more memory (hence CPU) and time than the default 512 MB / 10 s. */
  compute?: FunctionCompute;
}

/** Lambda memory (CPU grows with it) and timeout of a function that needs more than the defaults. */
export interface FunctionCompute {
  memoryMb: number;
  timeoutSeconds: number;
  /**
   * Files (relative to the repository root) the bundle loads next to itself at run time, which esbuild
   * cannot inline: the scheduler's SAT solver is a WebAssembly module found through `import.meta.url`.
   */
  bundledFiles?: readonly string[];
}

/** Keeps literal types of a route while checking it against the shape. */
export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;
