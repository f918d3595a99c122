import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { runtimeConfig } from '../shared/config/runtime-config';
import { log } from '../shared/logging/logger';
import { organiserAuthorization } from '../shared/organisers/authorizer-policy';
import { roleOf } from '../shared/organisers/organiser-key';
import { findOrganiserKey } from '../shared/organisers/organiser-key-store';

runtimeConfig();

const bearer = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,512})$/;

function authorizationHeader(headers: APIGatewayRequestAuthorizerEvent['headers']): string | undefined {
  return Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
}

/**
 * The Lambda REQUEST authorizer of every admin route (identity source: the Authorization header).
 * An unknown or malformed key is 401 (`Unauthorized` is API Gateway's contract for that); a known
 * key gets a policy for its own event's admin routes only, so another event's routes are 403; a door-staff
 * key, for its event's check-in route only.
 */
export const handler = async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  const token = bearer.exec(authorizationHeader(event.headers)?.trim() ?? '')?.[1];
  const record = token === undefined ? undefined : await findOrganiserKey(token);
  if (record === undefined) {
    log.info('organiser key refused', { methodArn: event.methodArn });
    throw new Error('Unauthorized');
  }
  return organiserAuthorization(event.methodArn, { eventId: record.eventId, keyId: record.keyId, role: roleOf(record) });
};
