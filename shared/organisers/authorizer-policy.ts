import type { APIGatewayAuthorizerResult, PolicyDocument, Statement } from 'aws-lambda';
import { DomainError } from '../domain-error';
import type { CallerOf, Credentials } from '../http/caller';
import type { KeyRole } from './organiser-key';

/** What the organiser authorizer hands to the admin functions (`requestContext.authorizer`). */
export interface OrganiserAuthorizerContext {
  eventId: string;
  /** The organiser key presented, or the one that opened the console session. */
  keyId: string;
  role: KeyRole;
  /** Present when the credential is a console session (shared/organisers/organiser-session.ts), not the key itself. */
  sessionId?: string;
}

/** `arn:aws:execute-api:<region>:<account>:<apiId>/<stage>/`: the part of a method ARN before the method. */
function apiStagePrefix(methodArn: string): string {
  const [apiArn, stage] = methodArn.split('/');
  return `${apiArn}/${stage}/`;
}

/**
 * Allows every method on the event's admin resources and nothing else (a door-staff key: the door
 * search and check-in, `GET` (and its `HEAD`) and `POST …/check-ins`, only). API Gateway caches the
 * result per key for all methods of the API, so a cached key of one event still cannot open
 * another event's routes (API Gateway answers 403 there).
 */
export function eventAdminPolicy(methodArn: string, eventId: string, role: KeyRole = 'organiser'): PolicyDocument {
  const prefix = apiStagePrefix(methodArn);
  const resources =
    role === 'door-staff'
      ? ['POST', 'GET', 'HEAD'].map((method) => `${prefix}${method}/admin/events/${eventId}/check-ins`)
      : [`${prefix}*/admin/events/${eventId}`, `${prefix}*/admin/events/${eventId}/*`];
  return { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: resources }] };
}

export function organiserAuthorization(methodArn: string, context: OrganiserAuthorizerContext): APIGatewayAuthorizerResult {
  return {
    principalId: context.sessionId === undefined ? `${context.role}-key:${context.keyId}` : `organiser-session:${context.sessionId}`,
    policyDocument: eventAdminPolicy(methodArn, context.eventId, context.role),
    context: { ...context },
  };
}

/** IAM's ARN wildcards: `*` any run of characters, `?` one character. */
function arnPattern(pattern: string): RegExp {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`);
}

const resourcesOf = (statement: Statement): string[] => {
  const resource = 'Resource' in statement ? statement.Resource : undefined;
  return resource === undefined ? [] : Array.isArray(resource) ? resource : [resource];
};

/** Whether a policy lets the caller invoke `methodArn`, as API Gateway decides (an explicit Deny wins). */
export function policyAllows(policy: PolicyDocument, methodArn: string): boolean {
  const matching = policy.Statement.filter((statement) => resourcesOf(statement).some((resource) => arnPattern(resource).test(methodArn)));
  return matching.some((statement) => statement.Effect === 'Allow') && !matching.some((statement) => statement.Effect === 'Deny');
}

/**
 * `organiserKey` routes: the organiser the authorizer let in, checked again against the path's
 * event, so no authorizer cache or policy mistake can open another event's data. A console session
 * is read again here (API Gateway caches the authorizer's answer for minutes), so a signed-out or
 * expired session is refused at once.
 */
function keyOfEvent(credentials: Credentials): OrganiserAuthorizerContext {
  const { eventId, keyId, role, sessionId } = credentials.authorizer ?? {};
  if (typeof eventId !== 'string' || typeof keyId !== 'string') {
    throw new DomainError('unauthorized', 'organiser-key-required', 'Send an organiser key as "Authorization: Bearer <key>".');
  }
  if (eventId !== credentials.params.eventId) throw new DomainError('forbidden', 'other-event', 'This organiser key is for another event.');
  // Contexts cached before roles existed carry none: those keys were organiser keys.
  const staff: OrganiserAuthorizerContext = { eventId, keyId, role: role === 'door-staff' ? 'door-staff' : 'organiser' };
  return typeof sessionId === 'string' ? { ...staff, sessionId } : staff;
}

export async function organiserCaller(credentials: Credentials): Promise<CallerOf<'organiserKey'>> {
  const organiser = keyOfEvent(credentials);
  if (organiser.role !== 'organiser') throw new DomainError('forbidden', 'door-staff-key', 'A door-staff key can only find and check people in.');
  if (organiser.sessionId !== undefined) await requireLiveSession(credentials.bearer, organiser.sessionId);
  return { kind: 'organiserKey', organiser };
}

/** `checkInKey` routes: an organiser or door-staff key of the path's event, or a live console session. */
export async function checkInCaller(credentials: Credentials): Promise<CallerOf<'checkInKey'>> {
  const staff = keyOfEvent(credentials);
  if (staff.sessionId !== undefined) await requireLiveSession(credentials.bearer, staff.sessionId);
  return { kind: 'checkInKey', staff };
}

async function requireLiveSession(bearer: string | null | undefined, sessionId: string): Promise<void> {
  const { findLiveOrganiserSession } = await import('./organiser-session-store');
  const session = typeof bearer === 'string' ? await findLiveOrganiserSession(bearer) : undefined;
  if (session?.sessionId !== sessionId) throw new DomainError('unauthorized', 'session-ended', 'This console session has ended: sign in again with the organiser key.');
}
