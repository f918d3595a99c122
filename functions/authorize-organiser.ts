import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { runtimeConfig } from '../shared/config/runtime-config';
import { bearerTokenIn } from '../shared/http/bearer-token';
import { log } from '../shared/logging/logger';
import { organiserAuthorization, type OrganiserAuthorizerContext } from '../shared/organisers/authorizer-policy';
import { roleOf } from '../shared/organisers/organiser-key';
import { findOrganiserKey } from '../shared/organisers/organiser-key-store';
import { isOrganiserSessionToken } from '../shared/organisers/organiser-session';
import { findLiveOrganiserSession } from '../shared/organisers/organiser-session-store';

runtimeConfig();

/** The organiser a token stands for: an organiser key, or a live console session opened with one. */
async function organiserOf(token: string): Promise<OrganiserAuthorizerContext | undefined> {
  if (isOrganiserSessionToken(token)) {
    const session = await findLiveOrganiserSession(token);
    return session && { eventId: session.eventId, keyId: session.keyId, role: 'organiser', sessionId: session.sessionId };
  }
  const record = await findOrganiserKey(token);
  return record && { eventId: record.eventId, keyId: record.keyId, role: roleOf(record) };
}

function authorizationHeader(headers: APIGatewayRequestAuthorizerEvent['headers']): string | undefined {
  return Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
}

/**
 * The Lambda REQUEST authorizer of every admin route (identity source: the Authorization header):
 * an organiser key, or a console session opened with one (POST /admin/events/{id}/sessions).
 * An unknown or malformed key is 401 (`Unauthorized` is API Gateway's contract for that); a known
 * key gets a policy for its own event's admin routes only, so another event's routes are 403; a door-staff
 * key, for its event's check-in and door search routes only.
 */
export const handler = async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  const token = bearerTokenIn(authorizationHeader(event.headers));
  const organiser = typeof token === 'string' ? await organiserOf(token) : undefined;
  if (organiser === undefined) {
    log.info('organiser key refused', { methodArn: event.methodArn });
    throw new Error('Unauthorized');
  }
  return organiserAuthorization(event.methodArn, organiser);
};
