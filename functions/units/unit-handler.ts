import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { servingMethod } from '../../shared/http/path-template';

type RouteHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/**
 * The routes of one deployed function: `"<METHOD> <path template>"` (API Gateway's `httpMethod`
 * and `resource`) → a loader of the route's handler module (functions/<route>.ts). Loaders are
 * dynamic imports so that a cold start evaluates only the route it serves: in the deployed bundle
 * each is a file of its own beside `index.mjs` (infra/bundling/function-bundle.ts).
 */
export type UnitRoutes = Readonly<Record<string, () => Promise<{ handler: RouteHandler }>>>;

export const routeKey = (method: string, pathTemplate: string): string => `${method.toUpperCase()} ${pathTemplate}`;

type RouteLoader = UnitRoutes[string];

/**
 * The Lambda handler of a deployment unit: hands the proxy event to the handler of the route API
 * Gateway matched. The API definition sends a unit only its own routes, and unknown paths and
 * methods to the one unit given `otherwise` (the catch-all), so a key missing from a unit without
 * it is a deployment error, not a client error.
 */
export function unitHandler(routes: UnitRoutes, otherwise?: RouteLoader): RouteHandler {
  return async (event, context) => {
    const key = routeKey(servingMethod(event.httpMethod), event.resource);
    const load = routes[key] ?? otherwise;
    if (load === undefined) throw new Error(`This function does not serve ${key}`);
    const { handler } = await load();
    return handler(event, context);
  };
}
