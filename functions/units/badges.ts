import { unitHandler, type UnitRoutes } from './unit-handler';

/**
 * The badges PDF alone, like the scheduler: its PDF writer, the QR encoder and the four Noto fonts
 * beside the bundle (read on first use, 1.5 MB) are this route's work only, and its memory
 * (768 MB, docs/check-in.md "Memory and time") no other admin route should pay for.
 */
export const routes: UnitRoutes = {
  'GET /admin/events/{eventId}/badges.pdf': () => import('../admin-get-badges'),
};

export const handler = unitHandler(routes);
