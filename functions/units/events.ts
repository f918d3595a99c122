import { unitHandler, type UnitRoutes } from './unit-handler';

/** Public reads: health, the API description and event pages. */
export const routes: UnitRoutes = {
  'GET /health': () => import('../get-health'),
  'GET /health/ready': () => import('../get-readiness'),
  'GET /openapi.json': () => import('../get-openapi-document'),
  'GET /events/{eventId}': () => import('../get-event'),
};

export const handler = unitHandler(routes);
