import { AsyncLocalStorage } from 'node:async_hooks';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { DomainError } from '../domain-error';
import { httpHandler, type RouteImplementation } from '../http/http-handler';
import type { ParsedRequest } from '../http/parse-request';
import type { RouteDefinition } from '../http/route-definition';
import type { OrganiserAuthorizerContext } from './authorizer-policy';

type AdminRoute = RouteDefinition & { auth: 'organiserKey' };
export type AdminRequest<R extends AdminRoute> = ParsedRequest<R> & { organiser: OrganiserAuthorizerContext };

const authorizerScope = new AsyncLocalStorage<Partial<OrganiserAuthorizerContext> | undefined>();

/**
 * The organiser the authorizer let in. The function checks it again against the path's event, so
 * no authorizer cache or policy mistake can open another event's data.
 */
function requireOrganiser(context: Partial<OrganiserAuthorizerContext> | undefined, eventId: unknown): OrganiserAuthorizerContext {
  if (!context?.eventId || !context.keyId) {
    throw new DomainError('unauthorized', 'organiser-key-required', 'Send an organiser key as "Authorization: Bearer <key>".');
  }
  if (context.eventId !== eventId) throw new DomainError('forbidden', 'other-event', 'This organiser key is for another event.');
  return { eventId: context.eventId, keyId: context.keyId };
}

/** `httpHandler` for admin routes: the implementation also gets the organiser (the key's event). */
export function adminHandler<R extends AdminRoute>(route: R, implementation: (request: AdminRequest<R>) => ReturnType<RouteImplementation<R>>) {
  const inner = httpHandler(route, async (request) => {
    const organiser = requireOrganiser(authorizerScope.getStore(), (request.params as { eventId?: string } | undefined)?.eventId);
    return implementation({ ...request, organiser });
  });
  return (event: APIGatewayProxyEvent, context: Context) =>
    authorizerScope.run(event.requestContext?.authorizer as Partial<OrganiserAuthorizerContext> | undefined, () => inner(event, context));
}
