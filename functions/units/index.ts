import type { RouteDefinition } from '../../shared/http/route-definition';
import { openApiDocumentFile } from '../../shared/openapi/served-document';
import { routes as badgesRoutes } from './badges';
import { otherwise as unknownRoutes, routes as eventsRoutes } from './events';
import { routes as meetingsRoutes } from './meetings';
import { routes as organisersRoutes } from './organisers';
import { routes as pressRoutes } from './press';
import { routes as registrationsRoutes } from './registrations';
import { routes as schedulerRoutes } from './scheduler';
import { routeKey, type UnitRoutes } from './unit-handler';

/** One deployed API function: its entry (relative to the repository root) and the routes it serves. */
export interface DeploymentUnit {
  id: string;
  entry: string;
  routes: UnitRoutes;
  /** This unit also answers unknown paths and methods (404/405): the API's catch-all goes to it. */
  catchAll: boolean;
  /** Files (relative to the repository root) shipped next to the bundle, read at run time. */
  bundledFiles: readonly string[];
}

const unit = (id: string, routes: UnitRoutes, options: { otherwise?: UnitRoutes[string]; bundledFiles?: string[] } = {}): DeploymentUnit => ({
  id,
  entry: `functions/units/${id}.ts`,
  routes,
  catchAll: options.otherwise !== undefined,
  bundledFiles: options.bundledFiles ?? [],
});

/**
 * THE mapping of routes to deployed functions, one per feature area (docs/deployment.md): the
 * stack, the local server and the benchmarks all read it. A route of the route table that no unit
 * (or two units) serves fails `unitsOf`, hence `cdk synth` and the tests.
 */
export const deploymentUnits: readonly DeploymentUnit[] = [
  // The OpenAPI document: served by GET /openapi.json, and the catch-all's list of methods and paths.
  unit('events', eventsRoutes, { otherwise: unknownRoutes, bundledFiles: [openApiDocumentFile] }),
  unit('registrations', registrationsRoutes),
  unit('meetings', meetingsRoutes),
  unit('press', pressRoutes),
  unit('organisers', organisersRoutes),
  unit('scheduler', schedulerRoutes),
  unit('badges', badgesRoutes),
];

/** The routes of `routeTable` grouped by the unit serving them; throws on a route served by no unit or by two. */
export function unitsOf(routeTable: readonly RouteDefinition[], units: readonly DeploymentUnit[] = deploymentUnits): Map<DeploymentUnit, RouteDefinition[]> {
  const grouped = new Map<DeploymentUnit, RouteDefinition[]>();
  for (const route of routeTable) {
    const key = routeKey(route.method, route.path);
    const serving = units.filter((candidate) => key in candidate.routes);
    if (serving.length !== 1) {
      throw new Error(`${route.operationId} (${key}) must be served by exactly one unit of functions/units/index.ts, found ${serving.length}`);
    }
    grouped.set(serving[0]!, [...(grouped.get(serving[0]!) ?? []), route]);
  }
  return grouped;
}
