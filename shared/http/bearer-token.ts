import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Credentials } from './caller';
import { problems } from './problem';

// The scheme is case-insensitive (RFC 9110 §11.1): "bearer" and "BEARER" are "Bearer".
const bearerPattern = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,512})$/i;

/**
 * The token of an `Authorization: Bearer <token>` header: undefined without a header, null when it is
 * not of that form. The gate and the organiser authorizer (functions/authorize-organiser.ts) read it here.
 */
export const bearerTokenIn = (header: string | undefined): string | null | undefined =>
  header === undefined ? undefined : (bearerPattern.exec(header.trim())?.[1] ?? null);

/** Reads every credential a request carries; only the gate (resolve-caller.ts) calls it. */
export function credentialsOf(event: APIGatewayProxyEvent, headers: Record<string, string>): Credentials {
  return {
    bearer: bearerTokenIn(headers.authorization),
    queryToken: event.queryStringParameters?.token ?? undefined,
    authorizer: (event.requestContext?.authorizer ?? undefined) as Record<string, unknown> | undefined,
    params: Object.fromEntries(Object.entries(event.pathParameters ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  };
}

/** The Bearer token; 401 when it is missing or malformed. */
export function requireBearer(credentials: Credentials): string {
  if (credentials.bearer === undefined) throw problems.unauthorized('Send the token as "Authorization: Bearer <token>".');
  if (credentials.bearer === null) throw problems.unauthorized('The Authorization header must be "Bearer <token>".');
  return credentials.bearer;
}

/** The token of a link (query `token`), or the same token sent as Bearer by an API client; 401 when neither. */
export function requireLinkToken(credentials: Credentials): string {
  if (credentials.queryToken !== undefined && credentials.queryToken !== '') return credentials.queryToken;
  if (typeof credentials.bearer === 'string') return credentials.bearer;
  throw problems.unauthorized('This link is incomplete: open it exactly as it is in the email (it ends with ?token=…).');
}
