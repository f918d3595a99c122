import type { RouteDefinition } from '../../shared/http/route-definition';
import { routes as eventsRoutes } from './events';
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
}

const unit = (id: string, routes: UnitRoutes): DeploymentUnit => ({ id, entry: `functions/units/${id}.ts`, routes });

/**
 * THE mapping of routes to deployed functions, one per feature area (docs/deployment.md): the
 * stack, the local server and the benchmarks all read it. A route of the route table that no unit
 * (or two units) serves fails `unitsOf`, hence `cdk synth` and the tests.
 */
export const deploymentUnits: readonly DeploymentUnit[] = [
  unit('events', eventsRoutes),
  unit('registrations', registrationsRoutes),
  unit('meetings', meetingsRoutes),
  unit('press', pressRoutes),
  unit('organisers', organisersRoutes),
  unit('scheduler', schedulerRoutes),
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
