import { unitHandler, type UnitRoutes } from './unit-handler';

/**
 * "Schedule all": the SAT-based scheduler alone, because it needs 1,769 MB (a full vCPU), 29 s
 * and the solver's WebAssembly file next to its bundle, which no other route should pay for.
 */
export const routes: UnitRoutes = {
  'POST /admin/events/{eventId}/schedule': () => import('../admin-create-schedule'),
};

export const handler = unitHandler(routes);
