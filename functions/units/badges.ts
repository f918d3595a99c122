import { unitHandler, type UnitRoutes } from './unit-handler';

/**
 * The badges PDF alone, like the scheduler: pdfkit and fontkit (about 450 KB with the QR code) and
 * the four Noto fonts beside the bundle are this route's work only. In the organisers unit they set
 * its cold start (3.7x the bare SDK in bytes) and its memory (1,024 MB) for every admin route.
 */
export const routes: UnitRoutes = {
  'GET /admin/events/{eventId}/badges.pdf': () => import('../admin-get-badges'),
};

export const handler = unitHandler(routes);
