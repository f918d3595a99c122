import type { CallerOf } from '../http/caller';
import { httpHandler, type GatedRequest, type RouteImplementation } from '../http/http-handler';
import type { RouteDefinition } from '../http/route-definition';
import type { OrganiserAuthorizerContext } from './authorizer-policy';

type AdminRoute = RouteDefinition & { auth: 'organiserKey' };
export type AdminRequest<R extends AdminRoute> = GatedRequest<R> & { organiser: OrganiserAuthorizerContext };

/** `httpHandler` for admin routes, with the organiser the gate admitted also as `organiser`. */
export function adminHandler<R extends AdminRoute>(route: R, implementation: (request: AdminRequest<R>) => ReturnType<RouteImplementation<R>>) {
  return httpHandler(route, (request) => implementation({ ...request, organiser: (request.caller as CallerOf<'organiserKey'>).organiser }));
}
