import { unitHandler, type UnitRoutes } from './unit-handler';

/** Public reads: health, the API description and event pages; and the catch-all (404/405) of unknown paths and methods. */
export const routes: UnitRoutes = {
  'GET /health': () => import('../get-health'),
  'GET /health/ready': () => import('../get-readiness'),
  'GET /openapi.json': () => import('../get-openapi-document'),
  'GET /events/{eventId}': () => import('../get-event'),
};

/** API Gateway sends unknown paths and methods here too (functions/units/index.ts `catchAll`). */
export const otherwise = () => import('../route-not-found');

export const handler = unitHandler(routes, otherwise);
