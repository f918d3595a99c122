import type { APIGatewayAuthorizerResult, PolicyDocument, Statement } from 'aws-lambda';
import { DomainError } from '../domain-error';
import type { CallerOf, Credentials } from '../http/caller';

/** What the organiser authorizer hands to the admin functions (`requestContext.authorizer`). */
export interface OrganiserAuthorizerContext {
  eventId: string;
  /** The organiser key presented, or the one that opened the console session. */
  keyId: string;
  /** Present when the credential is a console session (shared/organisers/organiser-session.ts), not the key itself. */
  sessionId?: string;
}

/** `arn:aws:execute-api:<region>:<account>:<apiId>/<stage>/`: the part of a method ARN before the method. */
function apiStagePrefix(methodArn: string): string {
  const [apiArn, stage] = methodArn.split('/');
  return `${apiArn}/${stage}/`;
}

/**
 * Allows every method on the event's admin resources and nothing else. API Gateway caches the
 * result per key for all methods of the API, so a cached key of one event still cannot open
 * another event's routes (API Gateway answers 403 there).
 */
export function eventAdminPolicy(methodArn: string, eventId: string): PolicyDocument {
  const prefix = apiStagePrefix(methodArn);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Action: 'execute-api:Invoke',
        Effect: 'Allow',
        Resource: [`${prefix}*/admin/events/${eventId}`, `${prefix}*/admin/events/${eventId}/*`],
      },
    ],
  };
}

export function organiserAuthorization(methodArn: string, context: OrganiserAuthorizerContext): APIGatewayAuthorizerResult {
  return {
    principalId: context.sessionId === undefined ? `organiser-key:${context.keyId}` : `organiser-session:${context.sessionId}`,
    policyDocument: eventAdminPolicy(methodArn, context.eventId),
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
export async function organiserCaller(credentials: Credentials): Promise<CallerOf<'organiserKey'>> {
  const { eventId, keyId, sessionId } = credentials.authorizer ?? {};
  if (typeof eventId !== 'string' || typeof keyId !== 'string') {
    throw new DomainError('unauthorized', 'organiser-key-required', 'Send an organiser key as "Authorization: Bearer <key>".');
  }
  if (eventId !== credentials.params.eventId) throw new DomainError('forbidden', 'other-event', 'This organiser key is for another event.');
  if (typeof sessionId !== 'string') return { kind: 'organiserKey', organiser: { eventId, keyId } };
  await requireLiveSession(credentials.bearer, sessionId);
  return { kind: 'organiserKey', organiser: { eventId, keyId, sessionId } };
}

async function requireLiveSession(bearer: string | null | undefined, sessionId: string): Promise<void> {
  const { findLiveOrganiserSession } = await import('./organiser-session-store');
  const session = typeof bearer === 'string' ? await findLiveOrganiserSession(bearer) : undefined;
  if (session?.sessionId !== sessionId) throw new DomainError('unauthorized', 'session-ended', 'This console session has ended: sign in again with the organiser key.');
}
